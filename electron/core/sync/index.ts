/**
 * Sync with the IMR organisation's server: the engine (upload the outbox, apply the assignment feed, download
 * records), its HTTP client, retries, the fail-safe and the background scheduler.
 */
export * from './configureSync';
export * from './createSyncEngine';
export * from './exportLocalWork';
export * from './removeClearPartialDownloads';
export * from './enrolSync';
export * from './readSyncCertificate';
export * from './signOutSync';
export * from './startSyncScheduler';
export * from './syncOptions';
