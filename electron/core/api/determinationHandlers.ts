import { loadDetermination } from '../determinations/loadDetermination';
import { saveItemDetermination, saveSummary } from '../determinations/saveDetermination';
import type { Workspace } from '../workspace/workspace';
import type { PartialHandlerTable } from './handlerTable';

export function determinationHandlers(
  ws: Workspace,
): PartialHandlerTable<'determinations.get' | 'determinations.saveItem' | 'determinations.saveSummary'> {
  return {
    'determinations.get': ({ caseId }) =>
      ws.db.transaction(() => loadDetermination(ws.db, caseId, ws.clock.now().toISOString()))(),
    'determinations.saveItem': (input) => saveItemDetermination(ws, input),
    'determinations.saveSummary': ({ caseId, summary }) => saveSummary(ws, caseId, summary),
  };
}
