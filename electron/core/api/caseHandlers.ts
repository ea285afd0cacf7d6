import { countInboxCases, listCaseSummaries, openCase, setDocumentReviewed } from '../cases';

import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

export function caseHandlers({
  ws,
  analysis,
}: WorkspaceServices): PartialHandlerTable<'cases.list' | 'cases.count' | 'cases.get' | 'documents.setReviewed'> {
  return {
    'cases.list': (input) => listCaseSummaries(ws.db, input),
    'cases.count': () => countInboxCases(ws.db),
    'cases.get': ({ caseId }) => {
      const opened = openCase(ws, caseId);
      analysis.requestIfStale(caseId);
      return opened;
    },
    'documents.setReviewed': ({ documentId, reviewed }) => setDocumentReviewed(ws, documentId, reviewed),
  };
}
