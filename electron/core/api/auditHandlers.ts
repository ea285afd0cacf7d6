import { caseAuditTrail } from '../audit/exportAuditTrail';
import { recordDocumentViewed } from '../audit/recordDocumentViewed';
import { verifyAuditTrail } from '../audit/verifyAuditTrail';
import type { WorkspaceServices } from '../services/createWorkspaceServices';
import type { PartialHandlerTable } from './handlerTable';

export function auditHandlers({ ws }: WorkspaceServices): PartialHandlerTable<'audit.documentViewed' | 'audit.trail' | 'audit.verify'> {
  return {
    'audit.documentViewed': ({ documentId, pages }) => ({ recorded: recordDocumentViewed(ws, documentId, pages) }),
    'audit.trail': ({ caseId }) => caseAuditTrail(ws.db, caseId),
    'audit.verify': () => verifyAuditTrail(ws.db),
  };
}
