import type { BackupInfo } from '../../../shared/ipc';
import type { Db, DatabaseWorker } from '../db';
import { createVerifiedBackup, createVerifiedBackupInWorker } from './createVerifiedBackup';
import { listBackups, pruneBackups } from './listBackups';

export const DAILY_BACKUPS_KEPT = 7;
const DAY_MS = 23 * 60 * 60 * 1000;

export function dailyBackupDue(dir: string, now: Date): boolean {
  const newest = listBackups(dir).find((b) => b.kind === 'daily');
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}

/** At most one verified backup a day, keeping the last seven; returns the new one, or null when one is recent. */
export function backupDaily(db: Db, dir: string, now: Date, keep = DAILY_BACKUPS_KEPT): BackupInfo | null {
  if (!dailyBackupDue(dir, now)) return null;
  const info = createVerifiedBackup(db, dir, 'daily', now);
  pruneBackups(dir, 'daily', keep);
  return info;
}

/** backupDaily on a worker thread's connection, so a large workspace is copied while the back end keeps answering. */
export async function backupDailyInWorker(
  worker: DatabaseWorker,
  dir: string,
  now: Date,
  keep = DAILY_BACKUPS_KEPT,
): Promise<BackupInfo | null> {
  if (!dailyBackupDue(dir, now)) return null;
  const info = await createVerifiedBackupInWorker(worker, dir, 'daily', now);
  pruneBackups(dir, 'daily', keep);
  return info;
}
