import type { VersionHead } from '../../../shared/ipc/contracts/versionsContract';
import { AppError } from '../../../shared/ipc/appError';
import { listVersionHeads } from '../db/repositories/versionRepository';
import type { Workspace } from '../workspace/workspace';
import { snapshotDetermination } from './snapshotDetermination';
import { toVersionHead } from './toVersionHead';
import { requireCase } from '../cases/requireCase';

export function takeManualSnapshot(ws: Workspace, caseId: string): VersionHead {
  const at = ws.clock.now().toISOString();
  return ws.db.transaction(() => {
    requireCase(ws.db, caseId);
    const id = snapshotDetermination(ws.db, caseId, 'manual', at);
    const head = listVersionHeads(ws.db, caseId).find((v) => v.id === id);
    if (!head) throw new AppError('INTERNAL', 'The version was not stored.');
    return toVersionHead(head);
  })();
}
