import type { KeyProvider } from '../db';
import { backupDirOf, type Workspace } from '../workspace';
import { rekeyBackups } from './rekeyBackups';
import { rekeyDatabase } from './rekeyDatabase';

export interface RotationResult {
  backups: number;
}

/**
 * Finishes a staged rekey on an open workspace (whose record files openWorkspace already moved to the new key):
 * database, then backups, then the key file itself. Every step is idempotent, so a crash anywhere just repeats it.
 */
export function completeKeyRotation(ws: Workspace, provider: KeyProvider): RotationResult | null {
  const pending = provider.rotation?.pendingKey() ?? null;
  if (!pending || !provider.rotation) return null;
  rekeyDatabase(ws.db, pending);
  const backups = rekeyBackups(backupDirOf(ws.dataDir), provider.getKey(), pending, ws.log);
  provider.rotation.commit();
  ws.log.info('The workspace key was replaced', { backups });
  return { backups };
}
