import { recordAuditEvent } from '../audit/recordAuditEvent';
import { recordDocumentViewed } from '../audit/recordDocumentViewed';
import { caseAuditTrail } from '../audit/exportAuditTrail';
import { verifyAuditTrail } from '../audit/verifyAuditTrail';
import type { Workspace } from '../workspace/workspace';
import type { Handler, PartialHandlerTable } from './handlerTable';

const CASE_OPENED_COALESCE_MS = 30 * 60_000;

/** cases.get is what the window calls when a case opens, so it records "case opened" (once per half hour per case). */
export function auditHandlers(
  ws: Workspace,
  getCase: Handler<'cases.get'>,
): PartialHandlerTable<'audit.documentViewed' | 'audit.trail' | 'audit.verify' | 'cases.get'> {
  return {
    'cases.get': async (input, ctx) => {
      const detail = await getCase(input, ctx);
      ws.db.transaction(() => recordAuditEvent(ws, { action: 'case.opened', caseId: detail.case.id, details: {}, coalesceMs: CASE_OPENED_COALESCE_MS }))();
      return detail;
    },
    'audit.documentViewed': ({ documentId, pages }) => ({ recorded: recordDocumentViewed(ws, documentId, pages) }),
    'audit.trail': ({ caseId }) => caseAuditTrail(ws.db, caseId),
    'audit.verify': () => verifyAuditTrail(ws.db),
  };
}
