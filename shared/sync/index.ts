/**
 * The sync protocol between the app and the server: routes, versions, payload schemas and error codes.
 */
export * from './assignmentChangeSchema';
export * from './assignmentsFeedSchema';
export * from './auditHeadHeader';
export * from './determinationUploadSchema';
export * from './enrolSchema';
export * from './meResponseSchema';
export * from './parseContentRange';
export * from './recordParamsSchema';
export * from './syncErrorBodySchema';
export * from './syncErrorCodes';
export * from './syncProtocolVersion';
export * from './syncRoutes';
