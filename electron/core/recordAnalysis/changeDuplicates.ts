import { AppError } from '../../../shared/ipc';
import {
  appendAuditEvent,
  deleteDistinctVerdict,
  findDocument,
  writeDistinctVerdict,
  writeDuplicateThreshold,
} from '../db';
import { requireCase } from '../cases';
import type { Workspace } from '../workspace';
import type { PageKey } from './groupDuplicates';
import { regroupDuplicates } from './regroupDuplicates';

/** A new threshold for the case: pages are regrouped from the pairs the analysis kept (no new analysis needed). */
export function setDuplicateThreshold(
  ws: Workspace,
  caseId: string,
  threshold: number,
): { threshold: number; groups: number } {
  return ws.db.transaction(() => {
    requireCase(ws.db, caseId);
    writeDuplicateThreshold(ws.db, caseId, threshold);
    const groups = regroupDuplicates(ws.db, caseId).length;
    appendAuditEvent(ws.db, {
      actor: 'reviewer',
      action: 'duplicates.threshold_changed',
      caseId,
      details: { threshold },
      at: ws.clock.now().toISOString(),
    });
    return { threshold, groups };
  })();
}

/** The reviewer says two pages are not duplicates (or takes it back); groups are rebuilt without (or with) the pair. */
export function markPagesDistinct(ws: Workspace, left: PageKey, right: PageKey, distinct: boolean): { groups: number } {
  return ws.db.transaction(() => {
    const a = findDocument(ws.db, left.documentId);
    const b = findDocument(ws.db, right.documentId);
    if (!a || !b) throw new AppError('NOT_FOUND', 'That document is no longer in the case.');
    if (a.caseId !== b.caseId) throw new AppError('INVALID_INPUT', 'Both pages must be in the same case.');
    const [x, y] =
      `${left.documentId}:${left.page}` < `${right.documentId}:${right.page}` ? [left, right] : [right, left];
    const verdict = { documentA: x.documentId, pageA: x.page, documentB: y.documentId, pageB: y.page };
    const at = ws.clock.now().toISOString();
    if (distinct) writeDistinctVerdict(ws.db, a.caseId, verdict, at);
    else deleteDistinctVerdict(ws.db, verdict);
    appendAuditEvent(ws.db, {
      actor: 'reviewer',
      action: distinct ? 'duplicates.marked_distinct' : 'duplicates.unmarked_distinct',
      caseId: a.caseId,
      details: { left: x, right: y },
      at,
    });
    return { groups: regroupDuplicates(ws.db, a.caseId).length };
  })();
}
