import type { Db } from '../openDatabase';

export interface HighlightRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StoredHighlight {
  id: string;
  documentId: string;
  page: number;
  rects: HighlightRect[];
  text: string;
  color: string;
  createdAt: string;
}

interface HighlightRow {
  id: string;
  document_id: string;
  page: number;
  rects_json: string;
  text: string;
  color: string;
  created_at: string;
}

const toHighlight = (row: HighlightRow): StoredHighlight => ({
  id: row.id,
  documentId: row.document_id,
  page: row.page,
  rects: JSON.parse(row.rects_json) as HighlightRect[],
  text: row.text,
  color: row.color,
  createdAt: row.created_at,
});

export function insertHighlight(db: Db, h: StoredHighlight): void {
  db.prepare(
    `
    insert into
      highlights (id, document_id, page, rects_json, text, color, created_at)
    values
      (?, ?, ?, ?, ?, ?, ?)
  `,
  ).run(h.id, h.documentId, h.page, JSON.stringify(h.rects), h.text, h.color, h.createdAt);
}

export function listHighlights(db: Db, documentId: string): StoredHighlight[] {
  return (
    db
      .prepare('select * from highlights where document_id = ? order by page, created_at')
      .all(documentId) as HighlightRow[]
  ).map(toHighlight);
}

export function findHighlight(db: Db, id: string): StoredHighlight | null {
  const row = db.prepare('select * from highlights where id = ?').get(id) as HighlightRow | undefined;
  return row ? toHighlight(row) : null;
}

export function deleteHighlight(db: Db, id: string): boolean {
  return db.prepare('delete from highlights where id = ?').run(id).changes > 0;
}
