import type { BackupInfo } from '../../../shared/ipc';

export type BackupKind = BackupInfo['kind'];

const PATTERN = /^(daily|before-migration|manual|before-restore|before-sign-in)-(\d{8}T\d{6}\d{3}Z)(?:-[\w-]+)?\.db$/;

/** Names sort by time within a kind: daily-20261124T090000000Z.db, before-migration-…-v3-to-v6.db. */
export function backupFileName(kind: BackupKind, at: Date, suffix?: string): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  return `${kind}-${stamp}${suffix ? `-${suffix}` : ''}.db`;
}

export function parseBackupFileName(name: string): { kind: BackupKind; createdAt: string } | null {
  const match = PATTERN.exec(name);
  if (!match) return null;
  const [, kind, stamp = ''] = match;
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
  return { kind: kind as BackupKind, createdAt: iso };
}
