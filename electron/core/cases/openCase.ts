import type { CaseDetail } from '../../../shared/domain';
import { recordAuditEvent } from '../audit';
import type { Workspace } from '../workspace';
import { getCaseDetail } from './getCaseDetail';

const CASE_OPENED_COALESCE_MS = 30 * 60_000;

/** What the window asks for when a case opens, so it records "case opened" too (once per half hour per case). */
export function openCase(ws: Workspace, caseId: string): CaseDetail {
  return ws.db.transaction(() => {
    const detail = getCaseDetail(ws.db, caseId);
    recordAuditEvent(ws, {
      action: 'case.opened',
      caseId: detail.case.id,
      details: {},
      coalesceMs: CASE_OPENED_COALESCE_MS,
    });
    return detail;
  })();
}
