import { join } from 'node:path';
import type { Db } from '../db';
import { createVerifiedBackup } from './createVerifiedBackup';
import { pruneBackups, removePartialBackups } from './listBackups';

/** The hook migrate() runs before changing an existing database: a verified backup, keeping the newest few. */
export function backupBeforeMigration(
  backupDir: string,
  keepBackups = 7,
): (db: Db, from: number, to: number) => string {
  return (db, from, to) => {
    removePartialBackups(backupDir);
    const backup = createVerifiedBackup(db, backupDir, 'before-migration', new Date(), `v${from}-to-v${to}`);
    pruneBackups(backupDir, 'before-migration', keepBackups);
    return join(backupDir, backup.file);
  };
}
