/**
 * The session lifecycle: open the workspace with its key, lock and unlock, auto-lock, passphrase changes, restore.
 */
export * from './chooseKeySource';
export * from './createSession';
export * from './keyProtection';
export * from './keySource';
export * from './sessionTimers';
export * from './sessionMaintenance';
