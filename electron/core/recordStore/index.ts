/**
 * The encrypted, content-addressed record store (AES-256-GCM per file, keyed by sha256) and re-encryption.
 */
export * from './contentStore';
export * from './encryptedRecordFormat';
export * from './recordFileProblem';
export * from './recordKey';
export * from './reencryptRecordFiles';
