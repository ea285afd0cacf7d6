import type { Db } from '../openDatabase';

export type OcrRunState = 'pending' | 'done' | 'cancelled';

export interface OcrRun {
  id: string;
  documentId: string;
  state: OcrRunState;
  /** A re-run over earlier OCR: its pages go live together when it completes, not one by one. */
  staged: boolean;
  reason: string;
  settingsJson: string;
  requestedAt: string;
  finishedAt: string | null;
}

export interface OcrPageRow {
  runId: string;
  documentId: string;
  page: number;
  state: 'done' | 'failed';
  text: string;
  wordsJson: string;
  toPageJson: string | null;
  confidence: number | null;
  engine: string;
  settingsJson: string;
  message: string | null;
  readMs: number;
  doneAt: string;
}

/** OCR state of one document's pages that need it. */
export interface OcrDocumentCounts {
  documentId: string;
  /** Pages that need OCR (no text layer, a fax header only, sparse text, or an image). */
  needed: number;
  read: number;
  failed: number;
  lowConfidence: number;
  /** A run is queued or under way for this document. */
  queued: boolean;
}

const RUN_COLUMNS = `id, document_id as documentId, state, staged, reason, settings_json as settingsJson,
  requested_at as requestedAt, finished_at as finishedAt`;
const PAGE_COLUMNS = `o.run_id as runId, o.document_id as documentId, o.page, o.state, o.text, o.words_json as wordsJson,
  o.to_page_json as toPageJson, o.confidence, o.engine, o.settings_json as settingsJson, o.message,
  o.read_ms as readMs, o.done_at as doneAt`;
/** A page's live result: from a finished run, or from a first run (not staged) still under way. */
const LIVE = `not (r.state = 'pending' and r.staged = 1) and r.state != 'cancelled'`;

const toRun = (row: Omit<OcrRun, 'staged'> & { staged: number }): OcrRun => ({ ...row, staged: row.staged === 1 });

export function insertOcrRun(db: Db, run: OcrRun): void {
  db.prepare(
    `insert into record_ocr_runs (id, document_id, state, staged, reason, settings_json, requested_at, finished_at)
     values (@id, @documentId, @state, @staged, @reason, @settingsJson, @requestedAt, @finishedAt)`,
  ).run({ ...run, staged: run.staged ? 1 : 0 });
}

export function findOcrRun(db: Db, runId: string): OcrRun | null {
  const row = db.prepare(`select ${RUN_COLUMNS} from record_ocr_runs where id = ?`).get(runId) as
    (Omit<OcrRun, 'staged'> & { staged: number }) | undefined;
  return row ? toRun(row) : null;
}

/** Runs still to do, oldest first: what a restart resumes. */
export function listPendingOcrRuns(db: Db): OcrRun[] {
  return (
    db
      .prepare(`select ${RUN_COLUMNS} from record_ocr_runs where state = 'pending' order by requested_at, rowid`)
      .all() as Array<Omit<OcrRun, 'staged'> & { staged: number }>
  ).map(toRun);
}

export function findPendingOcrRun(db: Db, documentId: string): OcrRun | null {
  const row = db
    .prepare(`select ${RUN_COLUMNS} from record_ocr_runs where document_id = ? and state = 'pending' limit 1`)
    .get(documentId) as (Omit<OcrRun, 'staged'> & { staged: number }) | undefined;
  return row ? toRun(row) : null;
}

/** True when some page of the document has OCR results already (a new run then replaces them whole). */
export function hasOcrResults(db: Db, documentId: string): boolean {
  return db.prepare('select 1 from record_ocr_pages where document_id = ? limit 1').get(documentId) !== undefined;
}

/**
 * Pages of the document that need OCR and that this run has still to read, in page order: a staged re-run reads
 * every such page; a first run (or a top-up) only those without a live result.
 */
export function listPagesToRead(db: Db, runId: string, documentId: string, staged: boolean): number[] {
  return (
    db
      .prepare(
        `select p.page from record_pages p
         where p.document_id = @documentId and p.ocr_need is not null
           and not exists (select 1 from record_ocr_pages o where o.run_id = @runId and o.page = p.page)
           and (@staged = 1 or not exists (
             select 1 from record_ocr_pages o join record_ocr_runs r on r.id = o.run_id
             where o.document_id = p.document_id and o.page = p.page and ${LIVE}))
         order by p.page`,
      )
      .all({ documentId, runId, staged: staged ? 1 : 0 }) as Array<{ page: number }>
  ).map((r) => r.page);
}

export function insertOcrPage(db: Db, row: OcrPageRow): void {
  db.prepare(
    `insert into record_ocr_pages (run_id, document_id, page, state, text, words_json, to_page_json, confidence,
       engine, settings_json, message, read_ms, done_at)
     values (@runId, @documentId, @page, @state, @text, @wordsJson, @toPageJson, @confidence,
       @engine, @settingsJson, @message, @readMs, @doneAt)`,
  ).run(row);
}

/** Older results of these pages from other runs: dropped once a newer result is live. */
export function deleteOtherOcrResults(db: Db, documentId: string, runId: string, page: number | null): void {
  db.prepare(`delete from record_ocr_pages where document_id = ? and run_id != ? and (? is null or page = ?)`).run(
    documentId,
    runId,
    page,
    page,
  );
}

export function deleteOcrPage(db: Db, runId: string, page: number): void {
  db.prepare('delete from record_ocr_pages where run_id = ? and page = ?').run(runId, page);
}

export function setOcrRunState(db: Db, runId: string, state: OcrRunState, finishedAt: string | null): void {
  db.prepare('update record_ocr_runs set state = ?, finished_at = ? where id = ?').run(state, finishedAt, runId);
}

export function listOcrPagesOfRun(db: Db, runId: string): OcrPageRow[] {
  return db
    .prepare(`select ${PAGE_COLUMNS} from record_ocr_pages o where o.run_id = ? order by o.page`)
    .all(runId) as OcrPageRow[];
}

export function findLiveOcrPage(db: Db, documentId: string, page: number): OcrPageRow | null {
  const row = db
    .prepare(
      `select ${PAGE_COLUMNS} from record_ocr_pages o join record_ocr_runs r on r.id = o.run_id
       where o.document_id = ? and o.page = ? and ${LIVE}
       order by r.requested_at desc, r.rowid desc limit 1`,
    )
    .get(documentId, page) as OcrPageRow | undefined;
  return row ?? null;
}

export function listLiveOcrPages(db: Db, documentId: string): OcrPageRow[] {
  return db
    .prepare(
      `select ${PAGE_COLUMNS} from record_ocr_pages o join record_ocr_runs r on r.id = o.run_id
       where o.document_id = ? and ${LIVE} order by o.page`,
    )
    .all(documentId) as OcrPageRow[];
}

/** Per document of a case: pages needing OCR and how many of them are read, failed or low-confidence. */
export function listOcrCounts(db: Db, caseId: string, lowConfidence: number): OcrDocumentCounts[] {
  return (
    db
      .prepare(
        `select d.id as documentId,
           (select count(*) from record_pages p where p.document_id = d.id and p.ocr_need is not null) as needed,
           (select count(*) from record_ocr_pages o join record_ocr_runs r on r.id = o.run_id
             where o.document_id = d.id and ${LIVE} and o.state = 'done') as read,
           (select count(*) from record_ocr_pages o join record_ocr_runs r on r.id = o.run_id
             where o.document_id = d.id and ${LIVE} and o.state = 'failed') as failed,
           (select count(*) from record_ocr_pages o join record_ocr_runs r on r.id = o.run_id
             where o.document_id = d.id and ${LIVE} and o.state = 'done' and o.confidence < @low
               and o.words_json != '[]') as lowConfidence,
           exists (select 1 from record_ocr_runs r where r.document_id = d.id and r.state = 'pending') as queued
         from documents d where d.case_id = @caseId`,
      )
      .all({ caseId, low: lowConfidence }) as Array<Omit<OcrDocumentCounts, 'queued'> & { queued: number }>
  ).map((r) => ({ ...r, queued: r.queued === 1 }));
}

/** Documents whose pages need OCR but that have no run at all yet (imported before OCR existed, or cancelled). */
export function listDocumentsNeverOcrd(db: Db): string[] {
  return (
    db
      .prepare(
        `select distinct p.document_id as id from record_pages p
         where p.ocr_need is not null
           and not exists (select 1 from record_ocr_runs r where r.document_id = p.document_id)
         order by p.document_id`,
      )
      .all() as Array<{ id: string }>
  ).map((r) => r.id);
}
