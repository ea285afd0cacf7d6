import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/ipc';
import { openDatabase, staticKeyProvider } from '../db';

import { listBackups } from './listBackups';

/** Opens a backup with the key and runs integrity_check on it; a wrong key or any damage is a no. */
export function isGoodBackup(file: string, key: Buffer): boolean {
  try {
    const db = openDatabase({ file, keyProvider: staticKeyProvider(key), readonly: true });
    try {
      const rows = db.pragma('integrity_check') as { integrity_check: string }[];
      return rows.length === 1 && rows[0]?.integrity_check === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** The newest backup that opens with this key and passes integrity_check (or the named one, if it does). */
export function findGoodBackup(dir: string, key: Buffer, only?: string): BackupInfo | null {
  const candidates = listBackups(dir).filter((b) =>
    only === undefined ? b.kind !== 'before-restore' : b.file === only,
  );
  return candidates.find((b) => isGoodBackup(join(dir, b.file), key)) ?? null;
}
