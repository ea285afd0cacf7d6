import type { Db } from '../db';

/** SQLCipher cannot rekey in WAL mode: checkpoint into the main file, rekey under a rollback journal, then WAL again. */
export function rekeyDatabase(db: Db, key: Buffer): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.pragma(`rekey = "x'${key.toString('hex')}'"`);
  db.pragma('journal_mode = WAL');
}
