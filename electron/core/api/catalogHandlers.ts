import { addLiterature, listLocalCatalog, recordCatalogPick, removeLiterature } from '../catalog';

import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

export function catalogHandlers({
  ws,
}: WorkspaceServices): PartialHandlerTable<
  'catalog.local' | 'catalog.addLiterature' | 'catalog.removeLiterature' | 'catalog.recordPick'
> {
  return {
    'catalog.local': () => listLocalCatalog(ws.db, ws.log),
    'catalog.addLiterature': (input) => addLiterature(ws, input),
    'catalog.removeLiterature': ({ id }) => removeLiterature(ws, id),
    'catalog.recordPick': ({ catalogId }) => recordCatalogPick(ws, catalogId),
  };
}
