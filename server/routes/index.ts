/**
 * The sync routes (me, assignments, records, determinations, enrolment) and what they share.
 */
export * from './assignmentRoutes';
export * from './determinationRoutes';
export * from './enrolRoutes';
export * from './meRoutes';
export * from './recordRoutes';
export * from './serverContext';
