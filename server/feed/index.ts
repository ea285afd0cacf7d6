/**
 * The assignment change feed: cursors, pages and compaction.
 */
export * from './compactChanges';
export * from './readAssignmentsPage';
export * from './toAssignmentChange';
