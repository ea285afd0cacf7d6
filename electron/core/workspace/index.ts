/**
 * What every service is handed: the Workspace (database, record store, keys, clock, log) and the folder layout.
 */
export * from './clock';
export * from './defaultDataDir';
export * from './readWorkspaceKind';
export * from './workspace';
export * from './workspaceLock';
export * from './workspaceLockHeld';
export * from './workspacePaths';
