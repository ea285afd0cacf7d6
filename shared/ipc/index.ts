/**
 * The one contract: every method's name, input and output schema, the Result envelope and AppError.
 */
export * from './appError';
export * from './appErrorDetails';
export * from './backendEvents';
export * from './contract';
export * from './contracts/archiveContract';
export * from './contracts/appContract';
export * from './contracts/auditContract';
export * from './contracts/checksContract';
export * from './contracts/chronologyContract';
export * from './contracts/profileContract';
export * from './contracts/recordsContract';
export * from './contracts/sessionContract';
export * from './contracts/signingContract';
export * from './contracts/syncContract';
export * from './contracts/versionsContract';
export * from './result';
