import type { ServerDb } from '../db';
import type { BlobStorage, StorageDriverName } from './blobStorage';
import { createDatabaseStorage } from './createDatabaseStorage';
import { createFileStorage } from './createFileStorage';
import { createStorageChain } from './createStorageChain';

export interface StorageConfig {
  /** Where new files go. */
  primary: StorageDriverName;
  /** Where reads look next (a migration in progress moves content from here to the primary). */
  fallbacks: StorageDriverName[];
  /** The filesystem driver's folder. */
  dir: string;
}

export const STORAGE_DRIVERS: readonly StorageDriverName[] = ['fs', 'database'];

export function createDriver(name: StorageDriverName, db: ServerDb, dir: string): BlobStorage {
  return name === 'fs' ? createFileStorage(dir) : createDatabaseStorage(db);
}

/** The storage every route and command uses: the primary driver, reading through to the fallbacks. */
export function createRecordStorage(config: StorageConfig, db: ServerDb): BlobStorage {
  return createStorageChain(
    createDriver(config.primary, db, config.dir),
    config.fallbacks.filter((name) => name !== config.primary).map((name) => createDriver(name, db, config.dir)),
  );
}
