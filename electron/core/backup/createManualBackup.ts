import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/ipc';
import { backupDirOf, type Workspace } from '../workspace';

import { createVerifiedBackup } from './createVerifiedBackup';

/** A backup the reviewer asked for (the command line's `backup`). */
export function createManualBackup(ws: Workspace): BackupInfo & { path: string } {
  const dir = backupDirOf(ws.dataDir);
  const info = createVerifiedBackup(ws.db, dir, 'manual', ws.clock.now());
  return { ...info, path: join(dir, info.file) };
}
