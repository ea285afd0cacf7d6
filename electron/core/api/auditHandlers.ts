import { caseAuditTrail, recordDocumentViewed, verifyAuditTrail } from '../audit';

import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

export function auditHandlers({
  ws,
}: WorkspaceServices): PartialHandlerTable<'audit.documentViewed' | 'audit.trail' | 'audit.verify'> {
  return {
    'audit.documentViewed': ({ documentId, pages }) => ({ recorded: recordDocumentViewed(ws, documentId, pages) }),
    'audit.trail': ({ caseId }) => caseAuditTrail(ws.db, caseId),
    'audit.verify': () => verifyAuditTrail(ws.db),
  };
}
