import type { Db } from '../openDatabase';

/** Adds time on screen to pages of one document (first and last seen kept). */
export function addPageViews(
  db: Db,
  documentId: string,
  views: readonly { page: number; ms: number }[],
  at: string,
): void {
  const upsert = db.prepare(
    `insert into page_views (document_id, page, seen_ms, first_seen_at, last_seen_at) values (?, ?, ?, ?, ?)
    on conflict (document_id, page) do update set seen_ms = seen_ms + excluded.seen_ms, last_seen_at = excluded.last_seen_at`,
  );
  for (const v of views) upsert.run(documentId, v.page, v.ms, at, at);
}

/** Every page of a case's documents that was on screen, as document id and page. */
export function listSeenPages(db: Db, caseId: string): { documentId: string; page: number }[] {
  return db
    .prepare(
      `select v.document_id as documentId, v.page from page_views v join documents d on d.id = v.document_id
      where d.case_id = ?`,
    )
    .all(caseId) as { documentId: string; page: number }[];
}
