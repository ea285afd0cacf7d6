import { snippetSchema, type Snippet } from '../../../shared/domain';
import { listSnippetRows, type Db, type SnippetRow } from '../db';
import type { Logger } from '../log';

export function snippetFromRow(row: SnippetRow): Snippet | null {
  let body: unknown;
  try {
    body = JSON.parse(row.body_json);
  } catch {
    return null;
  }
  const parsed = snippetSchema.safeParse({
    id: row.id,
    title: row.title,
    keywords: row.keywords,
    body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
  return parsed.success ? parsed.data : null;
}

/** Every snippet that still reads; a damaged one is left out (and logged) rather than breaking the picker. */
export function listSnippets(db: Db, log: Logger): { snippets: Snippet[] } {
  const snippets: Snippet[] = [];
  for (const row of listSnippetRows(db)) {
    const snippet = snippetFromRow(row);
    if (snippet) snippets.push(snippet);
    else log.warn('A stored snippet no longer validates and was left out', { id: row.id });
  }
  return { snippets };
}
