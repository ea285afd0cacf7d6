/**
 * A workspace's services (record jobs, uploads, the sync engine, signing keys), built in one place per open workspace.
 */
export * from './createWorkspaceServices';
