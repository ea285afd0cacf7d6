/**
 * Verified, encrypted database backups: daily, before migrations, on request; finding a good one and restoring it.
 */
export * from './assertDatabaseHealthy';
export * from './backupBeforeMigration';
export * from './backupDaily';
export * from './createManualBackup';
export * from './createVerifiedBackup';
export * from './findGoodBackup';
export * from './listBackups';
export * from './restoreBackup';
