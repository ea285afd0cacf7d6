import { SNIPPET_EXPORT_FORMAT, type SnippetExport } from '../../../shared/domain';
import type { Workspace } from '../workspace';
import { listSnippets } from './listSnippets';

/** The library as a JSON file: titles, keywords and rich text (citation chips and fields included). */
export function exportSnippets(ws: Workspace): { fileName: string; json: string; count: number } {
  const { snippets } = listSnippets(ws.db, ws.log);
  const file: SnippetExport = {
    format: SNIPPET_EXPORT_FORMAT,
    snippets: snippets.map(({ id, title, keywords, body }) => ({ id, title, keywords, body })),
  };
  return {
    fileName: `imr-snippets-${ws.clock.today()}.json`,
    json: `${JSON.stringify(file, null, 2)}\n`,
    count: snippets.length,
  };
}
