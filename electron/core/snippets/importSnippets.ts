import { randomUUID } from 'node:crypto';
import { MAX_SNIPPETS, snippetExportSchema } from '../../../shared/domain';
import { AppError } from '../../../shared/ipc';
import { recordAuditEvent } from '../audit';
import { listSnippetRows, upsertSnippetRow } from '../db';
import type { Workspace } from '../workspace';

/** Adds the snippets of an exported file in one transaction; one already here (same title and text) is skipped. */
export function importSnippets(ws: Workspace, json: string): { added: number; skipped: number } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new AppError(
      'BAD_FILE',
      'This file is not a snippet export (it is not JSON). Choose a file saved by “Export snippets”.',
    );
  }
  const parsed = snippetExportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'BAD_FILE',
      `This file is not a snippet export this version can read (${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}). Nothing was imported.`,
    );
  }
  const at = ws.clock.now().toISOString();
  return ws.db.transaction(() => {
    const rows = listSnippetRows(ws.db);
    const known = new Set(rows.map((r) => `${r.title.toLowerCase()}\u0000${r.body_json}`));
    let added = 0;
    let skipped = 0;
    for (const s of parsed.data.snippets) {
      const body = JSON.stringify(s.body);
      const key = `${s.title.trim().toLowerCase()}\u0000${body}`;
      if (known.has(key)) {
        skipped++;
        continue;
      }
      if (rows.length + added >= MAX_SNIPPETS)
        throw new AppError('INVALID_INPUT', `A library holds at most ${MAX_SNIPPETS} snippets. Nothing was imported.`);
      upsertSnippetRow(ws.db, {
        id: `snippet-${randomUUID()}`,
        title: s.title.trim(),
        keywords: s.keywords.trim(),
        body_json: body,
        created_at: at,
        updated_at: at,
      });
      known.add(key);
      added++;
    }
    recordAuditEvent(ws, {
      action: 'settings.changed',
      caseId: null,
      details: { setting: 'snippets', added, skipped },
    });
    return { added, skipped };
  })();
}
