/**
 * The lock screen and session: passphrase setup, unlock, auto-lock, the security dialog, restore.
 */
export * from './SessionGate';
export * from './beforeLock';
