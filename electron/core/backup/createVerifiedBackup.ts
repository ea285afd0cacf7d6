import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, type BackupInfo } from '../../../shared/ipc';

import type { Db, DatabaseWorker } from '../db';
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
  const { name, partial } = startBackup(dir, kind, at, suffix);
  db.prepare('vacuum into ?').run(partial);
  hooks.afterCopy?.(partial);
  let problem: string | null;
  try {
    db.prepare('attach database ? as backup_check').run(partial);
    try {
      problem = integrityProblemOf(db.pragma('backup_check.integrity_check'));
    } finally {
      db.prepare('detach database backup_check').run();
    }
  } catch (error) {
    problem = errorMessage(error);
  }
  return finishBackup(dir, name, partial, problem);
}

/**
 * The same backup made by a second connection in a worker thread (openDatabaseWorker): a large workspace takes
 * seconds to copy and check, and the back end keeps answering meanwhile.
 */
export async function createVerifiedBackupInWorker(
  worker: DatabaseWorker,
  dir: string,
  kind: BackupKind,
  at: Date,
): Promise<BackupInfo> {
  const { name, partial } = startBackup(dir, kind, at);
  await worker.run('vacuum into ?', partial);
  let problem: string | null;
  try {
    await worker.run('attach database ? as backup_check', partial);
    try {
      problem = integrityProblemOf(await worker.pragma('backup_check.integrity_check'));
    } finally {
      await worker.run('detach database backup_check');
    }
  } catch (error) {
    problem = errorMessage(error);
  }
  return finishBackup(dir, name, partial, problem);
}

function startBackup(dir: string, kind: BackupKind, at: Date, suffix?: string) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = backupFileName(kind, at, suffix);
  const partial = join(dir, `${name}.partial`);
  rmSync(partial, { force: true });
  // VACUUM INTO accepts an empty file: created owner-only first, the copy never exists with wider permissions.
  closeSync(openSync(partial, 'wx', 0o600));
  return { name, partial };
}

function finishBackup(dir: string, name: string, partial: string, problem: string | null): BackupInfo {
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

function integrityProblemOf(rows: unknown): string | null {
  const results = rows as { integrity_check: string }[];
  return results.length === 1 && results[0]?.integrity_check === 'ok'
    ? null
    : results
        .map((r) => r.integrity_check)
        .slice(0, 3)
        .join('; ');
}
