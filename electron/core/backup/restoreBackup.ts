import { chmodSync, copyFileSync, existsSync, fsyncSync, closeSync, mkdirSync, openSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError, type BackupInfo } from '../../../shared/ipc';

import { syncDirectory } from '../files';
import { findGoodBackup } from './findGoodBackup';

export interface RestoreResult {
  restored: BackupInfo;
  /** Where the replaced database (and its WAL) was moved; never deleted. */
  setAside: string | null;
}

/**
 * Replaces the database file with a verified backup. The old file and its -wal/-shm move to damaged/<time>/
 * first: a stale WAL next to the restored file would otherwise be replayed into it.
 */
export function restoreBackup(dbFile: string, backupDir: string, key: Buffer, at: Date, only?: string): RestoreResult {
  const chosen = findGoodBackup(backupDir, key, only);
  if (!chosen) {
    throw new AppError(
      'DB_CORRUPT',
      only
        ? `The backup ${only} is damaged or was made with a different key; choose another one.`
        : 'No backup of this workspace opens with its key and passes the integrity check. The data cannot be restored here; contact support with the damaged/ folder.',
    );
  }
  const dataDir = dirname(dbFile);
  let setAside: string | null = null;
  const present = ['', '-wal', '-shm', '-journal'].filter((s) => existsSync(`${dbFile}${s}`));
  if (present.length > 0) {
    setAside = join(dataDir, 'damaged', at.toISOString().replace(/[-:.]/g, ''));
    mkdirSync(setAside, { recursive: true, mode: 0o700 });
    for (const suffix of present) renameSync(`${dbFile}${suffix}`, join(setAside, `${basename(dbFile)}${suffix}`));
  }
  const incoming = `${dbFile}.restoring`;
  copyFileSync(join(backupDir, chosen.file), incoming);
  chmodSync(incoming, 0o600);
  const fd = openSync(incoming, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  renameSync(incoming, dbFile);
  syncDirectory(dataDir);
  return { restored: chosen, setAside };
}
