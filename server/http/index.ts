/**
 * HTTP plumbing: the server's error type and how errors (including an unreachable database) are answered.
 */
export * from './SyncHttpError';
export * from './toErrorReply';
