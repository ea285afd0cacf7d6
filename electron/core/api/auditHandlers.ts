import { acceptAuditRollback, caseAuditTrail, recordDocumentViewed, verifyAgainstAnchor } from '../audit';

import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

export function auditHandlers({
  ws,
  auditAnchors,
  anchorAudit,
}: WorkspaceServices): PartialHandlerTable<
  'audit.documentViewed' | 'audit.trail' | 'audit.verify' | 'audit.acceptRollback'
> {
  return {
    'audit.documentViewed': ({ documentId, pages }) => ({ recorded: recordDocumentViewed(ws, documentId, pages) }),
    'audit.trail': ({ caseId }) => caseAuditTrail(ws.db, caseId),
    'audit.verify': () => verifyAgainstAnchor(ws.db, auditAnchors),
    'audit.acceptRollback': () => acceptAuditRollback(ws, auditAnchors, anchorAudit),
  };
}
