import { AppError, type VersionHead } from '../../../shared/ipc';

import { listVersionHeads } from '../db';
import type { Workspace } from '../workspace';
import { snapshotDetermination } from './snapshotDetermination';
import { toVersionHead } from './toVersionHead';
import { requireCase } from '../cases';

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
