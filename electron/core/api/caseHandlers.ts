import { listCaseSummaries } from '../cases/listCaseSummaries';
import { openCase } from '../cases/openCase';
import { setDocumentReviewed } from '../cases/setDocumentReviewed';
import type { WorkspaceServices } from '../services/createWorkspaceServices';
import type { PartialHandlerTable } from './handlerTable';

export function caseHandlers({ ws }: WorkspaceServices): PartialHandlerTable<'cases.list' | 'cases.get' | 'documents.setReviewed'> {
  return {
    'cases.list': (input) => listCaseSummaries(ws.db, input),
    'cases.get': ({ caseId }) => openCase(ws, caseId),
    'documents.setReviewed': ({ documentId, reviewed }) => setDocumentReviewed(ws, documentId, reviewed),
  };
}
