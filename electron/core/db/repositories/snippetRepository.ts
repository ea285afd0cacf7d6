import type { Db } from '../openDatabase';

export interface SnippetRow {
  id: string;
  title: string;
  keywords: string;
  body_json: string;
  created_at: string;
  updated_at: string;
}

export function listSnippetRows(db: Db): SnippetRow[] {
  return db.prepare('select * from snippets order by title collate nocase, id').all() as SnippetRow[];
}

export function findSnippetRow(db: Db, id: string): SnippetRow | null {
  return (db.prepare('select * from snippets where id = ?').get(id) as SnippetRow | undefined) ?? null;
}

export function upsertSnippetRow(db: Db, row: SnippetRow): void {
  db.prepare(
    `
    insert into
      snippets (id, title, keywords, body_json, created_at, updated_at)
    values
      (@id, @title, @keywords, @body_json, @created_at, @updated_at)
    on conflict (id) do update
    set
      title = excluded.title,
      keywords = excluded.keywords,
      body_json = excluded.body_json,
      updated_at = excluded.updated_at
  `,
  ).run(row);
}

export function deleteSnippetRow(db: Db, id: string): boolean {
  return db.prepare('delete from snippets where id = ?').run(id).changes > 0;
}
