/**
 * HTTP plumbing: the server's error type and how errors are answered.
 */
export * from './SyncHttpError';
export * from './serverContext';
export * from './toErrorReply';
