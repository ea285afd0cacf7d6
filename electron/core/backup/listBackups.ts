import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/ipc';
import { parseBackupFileName, type BackupKind } from './backupFileName';

/** Finished backups, newest first; unfinished copies (.partial) are never listed. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((file) => {
      const parsed = parseBackupFileName(file);
      return parsed ? [{ file, ...parsed, sizeBytes: statSync(join(dir, file)).size }] : [];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
}

export function pruneBackups(dir: string, kind: BackupKind, keep: number): void {
  for (const stale of listBackups(dir)
    .filter((b) => b.kind === kind)
    .slice(keep))
    rmSync(join(dir, stale.file), { force: true });
}

/** A backup interrupted by a crash leaves a .partial file: it was never trusted, so it goes. */
export function removePartialBackups(dir: string): void {
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir)) if (file.endsWith('.partial')) rmSync(join(dir, file), { force: true });
}
