import type { BackupInfo } from '../../../shared/ipc';
import type { Db } from '../db';
import { createVerifiedBackup } from './createVerifiedBackup';
import { listBackups, pruneBackups } from './listBackups';

export const DAILY_BACKUPS_KEPT = 7;
const DAY_MS = 23 * 60 * 60 * 1000;

/** At most one verified backup a day, keeping the last seven; returns the new one, or null when one is recent. */
export function backupDaily(db: Db, dir: string, now: Date, keep = DAILY_BACKUPS_KEPT): BackupInfo | null {
  const newest = listBackups(dir).find((b) => b.kind === 'daily');
  if (newest && now.getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
  const info = createVerifiedBackup(db, dir, 'daily', now);
  pruneBackups(dir, 'daily', keep);
  return info;
}
