import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, sql } from 'kysely';
import { AppError } from '../../shared/ipc';
import { errorMessage } from '../../shared/errorMessage';
import { ImmediateSqliteDialect } from './immediateSqliteDialect';
import type { ServerDb } from './serverDb';
import type { ServerSchema } from './serverSchema';

/** Opens (creating it owner-only if needed) the SQLite file: WAL, foreign keys, busy timeout, full fsync. */
export function openSqliteServerDb(file: string, key: Buffer | null): ServerDb {
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // SQLite gives its -wal and -shm files the mode of the database file, so creating it 0600 covers all three.
    if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  }
  const raw = new Database(file);
  try {
    if (key) {
      raw.pragma(`cipher = 'sqlcipher'`);
      raw.pragma('legacy = 4');
      raw.pragma(`key = "x'${key.toString('hex')}'"`);
    }
    raw.prepare('select count(*) as n from sqlite_master').get();
  } catch (error) {
    raw.close();
    throw new AppError(
      'DB_KEY_INVALID',
      `The server database ${file} could not be opened (${errorMessage(error)}). Check IMR_SERVER_DB_KEY: it must be the key the file was created with.`,
    );
  }
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('synchronous = FULL');
  const query = new Kysely<ServerSchema>({ dialect: new ImmediateSqliteDialect({ database: raw }) });
  let closed = false;
  return {
    engine: 'sqlite',
    query,
    write: (work) => query.transaction().execute(work),
    ping: async () => {
      await sql`select 1`.execute(query);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await query.destroy();
      // Kysely closes the file only if it ever ran a query.
      if (raw.open) raw.close();
    },
  };
}
