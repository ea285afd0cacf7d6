import { randomUUID } from 'node:crypto';
import type { Snippet } from '../../../shared/domain';
import type { RichTextDoc } from '../../../shared/editor';
import { AppError } from '../../../shared/ipc';
import { recordAuditEvent } from '../audit';
import { deleteSnippetRow, findSnippetRow, upsertSnippetRow } from '../db';
import type { Workspace } from '../workspace';
import { snippetFromRow } from './listSnippets';

export interface SnippetInput {
  id?: string | undefined;
  title: string;
  keywords: string;
  body: RichTextDoc;
}

/** Creates a snippet, or replaces the one with this id; the title is what the picker shows. */
export function saveSnippet(ws: Workspace, input: SnippetInput): Snippet {
  const title = input.title.trim();
  if (title === '')
    throw new AppError('INVALID_INPUT', 'Give the snippet a title, such as "Opioids: no functional improvement".');
  const at = ws.clock.now().toISOString();
  return ws.db.transaction(() => {
    const existing = input.id === undefined ? null : findSnippetRow(ws.db, input.id);
    if (input.id !== undefined && existing === null)
      throw new AppError('NOT_FOUND', 'That snippet no longer exists. Save it as a new snippet.');
    const row = {
      id: existing?.id ?? `snippet-${randomUUID()}`,
      title,
      keywords: input.keywords.trim(),
      body_json: JSON.stringify(input.body),
      created_at: existing?.created_at ?? at,
      updated_at: at,
    };
    upsertSnippetRow(ws.db, row);
    recordAuditEvent(ws, { action: 'settings.changed', caseId: null, details: { setting: 'snippets', id: row.id } });
    const saved = snippetFromRow(row);
    if (!saved)
      throw new AppError('INVALID_INPUT', 'The snippet text cannot be stored: it is not a rich-text document.');
    return saved;
  })();
}

export function deleteSnippet(ws: Workspace, id: string): { deleted: boolean } {
  return ws.db.transaction(() => {
    const deleted = deleteSnippetRow(ws.db, id);
    if (deleted)
      recordAuditEvent(ws, { action: 'settings.changed', caseId: null, details: { setting: 'snippets', id } });
    return { deleted };
  })();
}
