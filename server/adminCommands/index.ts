/**
 * The server's admin command line (reviewers, tokens, certificates, assignments).
 */
export * from './runAdminCommand';
