import { createHash } from 'node:crypto';
import type { Db } from '../openDatabase';

/** Why a page needs OCR: no text layer, only a fax header line, far less text than its scan holds, or an image file. */
export type OcrNeed = 'no-text' | 'header-only' | 'sparse' | 'image';

export interface PageText {
  page: number;
  text: string;
  /** Where the text came from: the file's own text layer (or a text file), or OCR of the page image. */
  source?: 'text' | 'ocr';
  ocrNeed?: OcrNeed | null;
  /** Resolution of the page's scanned image, when it has one. */
  scanDpi?: number | null;
  /** Text of the page's form fields and annotations (comments, notes, stamps), one per line. */
  extra?: string;
}

export interface RecordIndexState {
  documentId: string;
  textPages: number;
  scannedPages: number;
  extractor: string;
  indexedAt: string;
}

export interface PageHitRow {
  documentId: string;
  page: number;
  snippet: string;
  /** The same from the page's form-field and annotation text (when the match is only there). */
  extraSnippet: string;
  source: 'text' | 'ocr';
  score: number;
}

/** Private-use characters mark matches inside snippet() and highlight() output; they never occur in page text. */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/** One alphanumeric token per case, indexed beside the page text to scope searches inside FTS5. */
export function scopeToken(caseId: string): string {
  return `case${createHash('sha256').update(caseId).digest('hex').slice(0, 20)}`;
}

/** The reviewer's query limited to one case (the user query is already a safe FTS5 expression). */
export function scopedQuery(caseId: string, ftsQuery: string): string {
  return `scope : "${scopeToken(caseId)}" AND (${ftsQuery})`;
}

export function insertPages(db: Db, documentId: string, caseId: string, pages: readonly PageText[]): void {
  const insert = db.prepare(
    'insert into record_pages (document_id, page, text, scope, source, ocr_need, scan_dpi, extra) values (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const scope = scopeToken(caseId);
  for (const p of pages)
    insert.run(
      documentId,
      p.page,
      p.text,
      scope,
      p.source ?? 'text',
      p.ocrNeed ?? null,
      p.scanDpi ?? null,
      p.extra ?? '',
    );
}

/** A page's text as read by OCR replaces what its text layer held (nothing, or only a fax header). */
export function setOcrPageText(db: Db, documentId: string, page: number, text: string): void {
  db.prepare("update record_pages set text = ?, source = 'ocr' where document_id = ? and page = ?").run(
    text,
    documentId,
    page,
  );
}

/** The OCR-facing facts of one page: why it needs OCR, its scan resolution and its text-layer text. */
export function readOcrNeeds(
  db: Db,
  documentId: string,
): Array<{ page: number; ocrNeed: OcrNeed; scanDpi: number | null; source: 'text' | 'ocr'; text: string }> {
  return db
    .prepare(
      `select page, ocr_need as ocrNeed, scan_dpi as scanDpi, source, text from record_pages
       where document_id = ? and ocr_need is not null order by page`,
    )
    .all(documentId) as Array<{
    page: number;
    ocrNeed: OcrNeed;
    scanDpi: number | null;
    source: 'text' | 'ocr';
    text: string;
  }>;
}

export function deletePages(db: Db, documentId: string): void {
  db.prepare('delete from record_pages where document_id = ?').run(documentId);
}

/** Page text (OCR text for pages read by OCR, marked by `source`), with form-field and annotation text. */
export function readPages(db: Db, documentId: string, fromPage: number, toPage: number): PageText[] {
  return db
    .prepare(
      `select page, text, source, ocr_need as ocrNeed, scan_dpi as scanDpi, extra from record_pages
       where document_id = ? and page between ? and ? order by page`,
    )
    .all(documentId, fromPage, toPage) as PageText[];
}

export function upsertIndexState(db: Db, state: RecordIndexState): void {
  db.prepare(
    `
    insert into
      record_index (document_id, text_pages, scanned_pages, extractor, indexed_at)
    values
      (@documentId, @textPages, @scannedPages, @extractor, @indexedAt)
    on conflict (document_id) do update
    set
      text_pages = excluded.text_pages,
      scanned_pages = excluded.scanned_pages,
      extractor = excluded.extractor,
      indexed_at = excluded.indexed_at
  `,
  ).run(state);
}

export function findIndexState(db: Db, documentId: string): RecordIndexState | null {
  const row = db
    .prepare(
      `
    select
      document_id as documentId,
      text_pages as textPages,
      scanned_pages as scannedPages,
      extractor,
      indexed_at as indexedAt
    from
      record_index
    where
      document_id = ?
  `,
    )
    .get(documentId) as RecordIndexState | undefined;
  return row ?? null;
}

export function listIndexStates(db: Db, caseId: string): RecordIndexState[] {
  return db
    .prepare(
      `
    select
      r.document_id as documentId,
      r.text_pages as textPages,
      r.scanned_pages as scannedPages,
      r.extractor,
      r.indexed_at as indexedAt
    from
      record_index r
      join documents d on d.id = r.document_id
    where
      d.case_id = ?
  `,
    )
    .all(caseId) as RecordIndexState[];
}

const hitsQuery = (top: string) => `with top as (${top})
  select p.document_id as documentId, p.page as page, top.score as score, p.source as source,
    snippet(record_pages_fts, 0, '${MATCH_START}', '${MATCH_END}', '…', 24) as snippet,
    snippet(record_pages_fts, 2, '${MATCH_START}', '${MATCH_END}', '…', 24) as extraSnippet
  from top cross join record_pages_fts on record_pages_fts.rowid = top.id join record_pages p on p.id = top.id
  where record_pages_fts match @q
  order by top.score, top.id`;

/**
 * Top hits by bm25 inside one case (the scope column weighs nothing). CROSS JOIN keeps `top` as the outer
 * loop, so snippet() runs for the rows kept only, not for every match.
 */
export function searchPages(db: Db, caseId: string, ftsQuery: string, limit: number): PageHitRow[] {
  return db
    .prepare(
      hitsQuery(
        'select rowid as id, bm25(record_pages_fts, 1.0, 0.0) as score from record_pages_fts where record_pages_fts match @q order by score limit @limit',
      ),
    )
    .all({ q: scopedQuery(caseId, ftsQuery), limit }) as PageHitRow[];
}

/**
 * The same top hits for queries with a prefix term (radic*): FTS5's own ORDER BY rank sorter keeps each
 * row's matches, so snippet() does not expand the prefix again per row (about twice as fast there, and
 * slower than searchPages for plain terms).
 */
export function searchPagesWithPrefix(db: Db, caseId: string, ftsQuery: string, limit: number): PageHitRow[] {
  return db
    .prepare(
      `select p.document_id as documentId, p.page as page, f.score as score, f.snippet as snippet,
        f.extraSnippet as extraSnippet, p.source as source
      from (select rowid as id, rank as score, snippet(record_pages_fts, 0, '${MATCH_START}', '${MATCH_END}', '…', 24) as snippet,
          snippet(record_pages_fts, 2, '${MATCH_START}', '${MATCH_END}', '…', 24) as extraSnippet
        from record_pages_fts where record_pages_fts match @q and rank match 'bm25(1.0, 0.0)' order by rank limit @limit) f
      join record_pages p on p.id = f.id
      order by f.score, f.id`,
    )
    .all({ q: scopedQuery(caseId, ftsQuery), limit }) as PageHitRow[];
}

/** The first matching pages in import order (document, then page), without ranking. */
export function firstPages(db: Db, caseId: string, ftsQuery: string, limit: number): PageHitRow[] {
  return db
    .prepare(
      hitsQuery(
        'select rowid as id, 0 as score from record_pages_fts where record_pages_fts match @q order by rowid limit @limit',
      ),
    )
    .all({ q: scopedQuery(caseId, ftsQuery), limit }) as PageHitRow[];
}

export function countTextPages(db: Db, caseId: string): number {
  const row = db
    .prepare(
      `
    select
      coalesce(sum(r.text_pages), 0) as n
    from
      record_index r
      join documents d on d.id = r.document_id
    where
      d.case_id = ?
  `,
    )
    .get(caseId) as { n: number };
  return row.n;
}

export function countHits(db: Db, caseId: string, ftsQuery: string): number {
  const row = db
    .prepare(
      `
    select
      count(*) as n
    from
      record_pages_fts
    where
      record_pages_fts match ?
  `,
    )
    .get(scopedQuery(caseId, ftsQuery)) as { n: number };
  return row.n;
}

export function highlightPage(db: Db, documentId: string, page: number, ftsQuery: string): string | null {
  const row = db
    .prepare(
      `select highlight(record_pages_fts, 0, '${MATCH_START}', '${MATCH_END}') as marked
      from record_pages_fts
      where record_pages_fts match ? and rowid = (select id from record_pages where document_id = ? and page = ?)`,
    )
    .get(ftsQuery, documentId, page) as { marked: string } | undefined;
  return row?.marked ?? null;
}

export function optimizeIndex(db: Db): void {
  db.prepare("insert into record_pages_fts (record_pages_fts) values ('optimize')").run();
}

/** A bounded merge of the newest index segments: keeps searches fast without rewriting the whole index. */
export function mergeIndex(db: Db, pages = 500): void {
  db.prepare("insert into record_pages_fts (record_pages_fts, rank) values ('merge', ?)").run(pages);
}

/** Another document with the same bytes whose pages are already indexed (the same file in another case). */
export function findIndexedTwin(db: Db, sha256: string): string | null {
  const row = db
    .prepare('select d.id from documents d join record_index r on r.document_id = d.id where d.sha256 = ? limit 1')
    .get(sha256) as { id: string } | undefined;
  return row?.id ?? null;
}

/**
 * Documents to (re-)index: one case's, or every case's except the archived ones (their text may have been dropped on
 * purpose); all of them, or only those never indexed or indexed by an older extractor.
 */
export function listDocumentIdsToIndex(db: Db, caseId: string | null, onlyMissing: boolean, extractor = ''): string[] {
  if (caseId === null && onlyMissing) return listUnindexedDocumentIds(db, extractor);
  const rows = db
    .prepare(
      `
    select
      d.id
    from
      documents d
      join cases c on c.id = d.case_id
      left join record_index r on r.document_id = d.id
    where
      (
        (
          @caseId is null
          and c.archived_at is null
        )
        or d.case_id = @caseId
      )
      and (
        @onlyMissing = 0
        or r.document_id is null
        or (@extractor != '' and r.extractor != @extractor)
      )
    order by
      d.case_id,
      d.service_date,
      d.title
  `,
    )
    .all({ caseId, onlyMissing: onlyMissing ? 1 : 0, extractor }) as { id: string }[];
  return rows.map((r) => r.id);
}

/**
 * What start-up looks for in every case in the inbox. Read from indexes alone (documents by case, the index's
 * documents, its extractors), so a workspace whose records are all indexed answers in a few milliseconds per 10,000
 * documents instead of reading every document row.
 */
function listUnindexedDocumentIds(db: Db, extractor: string): string[] {
  const never = db
    .prepare(
      `select d.id from cases c join documents d on d.case_id = c.id
       where c.archived_at is null and not exists (select 1 from record_index r where r.document_id = d.id)`,
    )
    .pluck()
    .all() as string[];
  // Two ranges rather than "!=", so the extractor index is searched, not scanned.
  const older =
    extractor === ''
      ? []
      : (db
          .prepare('select document_id from record_index where extractor < @extractor or extractor > @extractor')
          .pluck()
          .all({ extractor }) as string[]);
  if (never.length === 0 && older.length === 0) return [];
  return db
    .prepare(
      `select d.id from json_each(?) j cross join documents d on d.id = j.value join cases c on c.id = d.case_id
       where c.archived_at is null
       order by d.case_id, d.service_date, d.title`,
    )
    .pluck()
    .all(JSON.stringify([...never, ...older])) as string[];
}
