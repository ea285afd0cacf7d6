/**
 * The server's files on disk: owner-only permissions, checked and repaired at start-up.
 */
export * from './ensureOwnerOnly';
