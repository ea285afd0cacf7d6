import { deleteSnippet, exportSnippets, importSnippets, listSnippets, saveSnippet } from '../snippets';

import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

export function snippetHandlers({
  ws,
}: WorkspaceServices): PartialHandlerTable<
  'snippets.list' | 'snippets.save' | 'snippets.delete' | 'snippets.export' | 'snippets.import'
> {
  return {
    'snippets.list': () => listSnippets(ws.db, ws.log),
    'snippets.save': (input) => saveSnippet(ws, input),
    'snippets.delete': ({ id }) => deleteSnippet(ws, id),
    'snippets.export': () => exportSnippets(ws),
    'snippets.import': ({ json }) => importSnippets(ws, json),
  };
}
