import { AppError } from '../../../shared/ipc';
import { recordAuditEvent } from '../audit';
import {
  deleteAcknowledgments,
  findDraft,
  findLatestSignedDetermination,
  setDraftLocked,
  updateCaseStatus,
  writeDraftLineage,
} from '../db';

import { snapshotDetermination } from '../determinations';
import type { Workspace } from '../workspace';
import { requireCase } from '../cases';

/** determinations.newVersion: the signed draft becomes editable as the next version; its package and row stay as signed. */
export function startNewVersion(ws: Workspace, caseId: string): { version: number; supersedesVersion: number } {
  const at = ws.clock.now().toISOString();
  return ws.db.transaction(() => {
    const record = requireCase(ws.db, caseId);
    if (record.status === 'withdrawn')
      throw new AppError('LOCKED', `${record.caseNumber} was withdrawn; its determination stays as it is.`);
    const latest = findLatestSignedDetermination(ws.db, caseId);
    if (!latest || findDraft(ws.db, caseId)?.locked !== 1) {
      throw new AppError(
        'CONFLICT',
        `${record.caseNumber} has no signed version to supersede: its draft is already open for editing.`,
      );
    }
    const next = { version: latest.version + 1, supersedesVersion: latest.version };
    snapshotDetermination(ws.db, caseId, 'status', at, 'in_progress');
    setDraftLocked(ws.db, caseId, false, at);
    updateCaseStatus(ws.db, caseId, 'in_progress', at);
    writeDraftLineage(ws.db, caseId, next);
    // Warnings acknowledged for the signed version are confirmed again for the new one.
    deleteAcknowledgments(ws.db, caseId);
    recordAuditEvent(ws, { action: 'determination.edited', caseId, details: { change: 'new-version', ...next } });
    return next;
  })();
}
