import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/ipc';
import type { KeyProvider } from './keyProvider';
import { errorMessage } from '../../../shared/errorMessage';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  file: string;
  keyProvider: KeyProvider;
  readonly?: boolean;
}

/** Opens the encrypted workspace database (SQLCipher-compatible) with WAL and foreign keys on. */
export function openDatabase({ file, keyProvider, readonly = false }: OpenDatabaseOptions): Db {
  if (!readonly) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // SQLite gives the -wal, -shm and -journal files the mode of the database file, so owner-only here covers them all.
    closeSync(openSync(file, 'a', 0o600));
  }
  const db = new Database(file, { readonly, fileMustExist: readonly });
  try {
    applyKey(db, keyProvider.getKey());
    db.prepare('select count(*) as n from sqlite_master').get();
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    const message = errorMessage(error);
    if (/not a database|encrypt/i.test(message)) {
      throw new AppError(
        'DB_KEY_INVALID',
        'The workspace database could not be opened with this key. If the key or passphrase was lost, the data cannot be recovered: restore a backup or reset the workspace.',
      );
    }
    throw new AppError('DB_CORRUPT', `The workspace database could not be opened: ${message}`);
  }
  // Set before the first table exists: archiving then returns freed pages to the disk without rewriting the file.
  if (!readonly && Number(db.pragma('page_count', { simple: true })) === 0) db.pragma('auto_vacuum = incremental');
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // 4 MiB of decrypted pages (the driver's default is 16): memory stays the same however large the workspace grows,
  // and the operating system keeps the file itself cached.
  db.pragma('cache_size = -4096');
  // An acknowledged edit must survive a power cut, not only a crashed process: every commit reaches the disk.
  db.pragma('synchronous = FULL');
  return db;
}

export function applyKey(db: Db, key: Buffer): void {
  for (const pragma of keyPragmas(key)) db.pragma(pragma);
}

/** The PRAGMAs that open the file with this raw key (also sent to a second connection in a worker thread). */
export function keyPragmas(key: Buffer): string[] {
  return [`cipher = 'sqlcipher'`, 'legacy = 4', `key = "x'${key.toString('hex')}'"`];
}
