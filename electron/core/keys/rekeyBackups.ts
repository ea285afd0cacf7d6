import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { isGoodBackup, listBackups } from '../backup';

import { applyKey } from '../db';
import type { Logger } from '../log';

/** Backups follow the database to the new key; otherwise they would die with the old key. Returns how many changed. */
export function rekeyBackups(dir: string, oldKey: Buffer, newKey: Buffer, log: Logger): number {
  let changed = 0;
  for (const backup of listBackups(dir)) {
    const file = join(dir, backup.file);
    if (isGoodBackup(file, newKey)) continue;
    if (!isGoodBackup(file, oldKey)) {
      log.warn('A backup opens with neither the old nor the new key and was left as it is', { file: backup.file });
      continue;
    }
    const db = new Database(file);
    try {
      applyKey(db, oldKey);
      db.pragma('journal_mode = DELETE');
      db.pragma(`rekey = "x'${newKey.toString('hex')}'"`);
    } finally {
      db.close();
    }
    changed++;
  }
  return changed;
}
