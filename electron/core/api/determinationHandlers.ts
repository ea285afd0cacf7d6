import { readDetermination, saveItemDetermination, saveSummary } from '../determinations';

import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

export function determinationHandlers({
  ws,
}: WorkspaceServices): PartialHandlerTable<
  'determinations.get' | 'determinations.saveItem' | 'determinations.saveSummary'
> {
  return {
    'determinations.get': ({ caseId }) => readDetermination(ws, caseId),
    'determinations.saveItem': (input) => saveItemDetermination(ws, input),
    'determinations.saveSummary': ({ caseId, summary }) => saveSummary(ws, caseId, summary),
  };
}
