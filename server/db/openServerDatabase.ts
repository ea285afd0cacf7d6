import Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/ipc';
import { migrateServerDatabase } from './migrateServerDatabase';
import type { ServerDb } from './serverDb';
import { errorMessage } from '../../shared/errorMessage';

export interface OpenServerDatabaseOptions {
  file: string;
  /** 32-byte key: encrypts the file SQLCipher-style; null keeps it plain (the host's disk encryption covers it). */
  key?: Buffer | null;
}

/** Opens (creating if needed) and migrates the server database: WAL, foreign keys, busy timeout. */
export function openServerDatabase({ file, key = null }: OpenServerDatabaseOptions): ServerDb {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    if (key) {
      db.pragma(`cipher = 'sqlcipher'`);
      db.pragma('legacy = 4');
      db.pragma(`key = "x'${key.toString('hex')}'"`);
    }
    db.prepare('select count(*) as n from sqlite_master').get();
  } catch (error) {
    db.close();
    const message = errorMessage(error);
    throw new AppError(
      'DB_KEY_INVALID',
      `The server database ${file} could not be opened (${message}). Check IMR_SERVER_DB_KEY: it must be the key the file was created with.`,
    );
  }
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = FULL');
  try {
    migrateServerDatabase(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
