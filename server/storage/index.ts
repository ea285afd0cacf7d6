/**
 * Record and package file storage: one interface, a filesystem driver (default) and a database driver (PostgreSQL
 * when the server runs on it), hash-checked chunked reads with Range support, and moving content between drivers.
 */
export * from './blobStorage';
export * from './migrateStorage';
export * from './readBlob';
export * from './storageConfig';
