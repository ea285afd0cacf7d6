/**
 * The inbox: assigned cases with priority, due dates and status; sort, filter, search, keyboard.
 */
export * from './InboxView';
export * from './dueLabel';
