/**
 * The assignment change feed: appending changes, cursors, pages and compaction.
 */
export * from './appendChange';
export * from './compactChanges';
export * from './lastIssuedSeq';
export * from './readAssignmentsPage';
export * from './toAssignmentChange';
