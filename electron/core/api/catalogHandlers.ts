import { addLiterature } from '../catalog/addLiterature';
import { listLocalCatalog } from '../catalog/listLocalCatalog';
import { recordCatalogPick } from '../catalog/recordCatalogPick';
import { removeLiterature } from '../catalog/removeLiterature';
import type { WorkspaceServices } from '../services/createWorkspaceServices';
import type { PartialHandlerTable } from './handlerTable';

export function catalogHandlers({ ws }: WorkspaceServices): PartialHandlerTable<'catalog.local' | 'catalog.addLiterature' | 'catalog.removeLiterature' | 'catalog.recordPick'> {
  return {
    'catalog.local': () => listLocalCatalog(ws.db, ws.log),
    'catalog.addLiterature': (input) => addLiterature(ws, input),
    'catalog.removeLiterature': ({ id }) => removeLiterature(ws, id),
    'catalog.recordPick': ({ catalogId }) => recordCatalogPick(ws, catalogId),
  };
}
