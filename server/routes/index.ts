/**
 * The sync routes: me, assignments, records, determinations.
 */
export * from './assignmentRoutes';
export * from './determinationRoutes';
export * from './meRoutes';
export * from './recordRoutes';
