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
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // An acknowledged edit must survive a power cut, not only a crashed process: every commit reaches the disk.
  db.pragma('synchronous = FULL');
  return db;
}

export function applyKey(db: Db, key: Buffer): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}
