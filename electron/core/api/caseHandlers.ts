import { getCaseDetail } from '../cases/getCaseDetail';
import { listCaseSummaries } from '../cases/listCaseSummaries';
import { setDocumentReviewed } from '../cases/setDocumentReviewed';
import type { Workspace } from '../workspace/workspace';
import type { PartialHandlerTable } from './handlerTable';

export function caseHandlers(ws: Workspace): PartialHandlerTable<'cases.list' | 'cases.get' | 'documents.setReviewed'> {
  return {
    'cases.list': (input) => listCaseSummaries(ws.db, input),
    'cases.get': ({ caseId }) => getCaseDetail(ws.db, caseId),
    'documents.setReviewed': ({ documentId, reviewed }) => setDocumentReviewed(ws, documentId, reviewed),
  };
}
