import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, type BackupInfo } from '../../../shared/ipc';

import type { Db } from '../db';
import { syncDirectory } from '../files';
import { backupFileName, type BackupKind } from './backupFileName';
import { listBackups } from './listBackups';
import { errorMessage } from '../../../shared/errorMessage';

export interface BackupHooks {
  /** Test seam: runs after the copy is written and before it is verified. */
  afterCopy?(partialFile: string): void;
}

/**
 * VACUUM INTO a .partial file (encrypted with the same key), re-open it through ATTACH (which reads it
 * with the connection's key) and integrity_check it; only a copy that passes is renamed into place.
 */
export function createVerifiedBackup(
  db: Db,
  dir: string,
  kind: BackupKind,
  at: Date,
  suffix?: string,
  hooks: BackupHooks = {},
): BackupInfo {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = backupFileName(kind, at, suffix);
  const partial = join(dir, `${name}.partial`);
  rmSync(partial, { force: true });
  // VACUUM INTO accepts an empty file: created owner-only first, the copy never exists with wider permissions.
  closeSync(openSync(partial, 'wx', 0o600));
  db.prepare('vacuum into ?').run(partial);
  hooks.afterCopy?.(partial);
  const problem = integrityProblem(db, partial);
  if (problem) {
    rmSync(partial, { force: true });
    throw new AppError(
      'DB_CORRUPT',
      `The backup could not be verified (${problem}). The workspace was not changed; check the disk and try again.`,
    );
  }
  const fd = openSync(partial, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  renameSync(partial, join(dir, name));
  syncDirectory(dir);
  const info = listBackups(dir).find((b) => b.file === name);
  if (!info) throw new AppError('INTERNAL', 'The backup vanished right after it was written.');
  return info;
}

function integrityProblem(db: Db, file: string): string | null {
  try {
    db.prepare('attach database ? as backup_check').run(file);
  } catch (error) {
    return errorMessage(error);
  }
  try {
    const rows = db.pragma('backup_check.integrity_check') as { integrity_check: string }[];
    return rows.length === 1 && rows[0]?.integrity_check === 'ok'
      ? null
      : rows
          .map((r) => r.integrity_check)
          .slice(0, 3)
          .join('; ');
  } catch (error) {
    return errorMessage(error);
  } finally {
    db.prepare('detach database backup_check').run();
  }
}
