/**
 * Reading a workspace without the back end, for commands that only read and must answer at once.
 */
export * from './readWorkspaceQuickly';
