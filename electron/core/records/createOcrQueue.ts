import { randomUUID } from 'node:crypto';
import type { OcrStatus } from '../../../shared/ipc';
import { errorMessage } from '../../../shared/errorMessage';
import {
  deleteOcrPage,
  deleteOtherOcrResults,
  findDocument,
  findLiveOcrPage,
  findOcrRun,
  findPendingOcrRun,
  hasOcrResults,
  insertOcrPage,
  insertOcrRun,
  listDocumentsNeverOcrd,
  listOcrPagesOfRun,
  listPagesToRead,
  listPendingOcrRuns,
  mergeIndex,
  readOcrNeeds,
  setOcrPageText,
  setOcrRunState,
  type OcrPageRow,
  type OcrRun,
  type StoredDocument,
} from '../db';
import {
  createOcrPool,
  DEFAULT_OCR_SETTINGS,
  ocrEngineName,
  type OcrPageOutcome,
  type OcrPool,
  type OcrPoolOptions,
  type OcrSettings,
  type OcrSourceKind,
} from '../ocr';
import type { Workspace } from '../workspace';
import { pageSettingsFor } from './pageSettingsFor';
import { keepsOcrText } from './keepsOcrText';

export interface OcrQueueOptions {
  pool: OcrPoolOptions;
  /** Whether catchUp() picks up the workspace's unfinished reading (pending runs, documents never read). */
  autoStart: boolean;
  /** After a document's run finished: its OCR text is in the page index now (the chronology re-reads it). */
  documentRead?(caseId: string, documentId: string): void;
}

export interface OcrQueue {
  /** Queue the pages of a document that need OCR; `force` re-reads pages already read (swapped in whole at the end). */
  enqueue(documentId: string, reason: string, opts?: { force?: boolean; settings?: Partial<OcrSettings> }): number;
  pause(): void;
  resume(): void;
  /** The reviewer is typing: the pool's workers hold (TYPING_HOLD_MS, renewed by each call); whether OCR is running. */
  holdForTyping(): boolean;
  /** Picks up where OCR stopped: runs a quit or crash left pending, documents never read (with autoStart only). */
  catchUp(): void;
  /** Cancel one document's run, or every queued run. Pages already read stay (a re-run keeps the earlier results). */
  cancel(documentId?: string): void;
  status(caseId?: string): OcrStatus;
  /** Resolves when nothing is queued or the queue is paused. */
  idle(): Promise<void>;
  dispose(): Promise<void>;
}

const KIND_BY_MIME: Record<string, OcrSourceKind> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/tiff': 'tiff',
};
const RATE_WINDOW = 20;
/**
 * How long OCR holds after a keystroke. The window sends a hint at most every half second while keys go down, so a
 * hold of two seconds lasts through pauses between words and ends soon after typing stops.
 */
export const TYPING_HOLD_MS = 2000;

/**
 * Background OCR for one workspace: runs are kept in the database, so a crash or quit loses only the pages in
 * progress; pages go to the worker pool in document and page order; each result is committed in its own
 * transaction (first runs show page by page; re-runs are swapped in whole when complete).
 */
export function createOcrQueue(ws: Workspace, options: OcrQueueOptions): OcrQueue {
  let pool: OcrPool | null = null;
  let paused = false;
  let disposed = false;
  let driving: Promise<void> | null = null;
  let waiters: Array<() => void> = [];
  const controllers = new Map<string, AbortController>();
  const finishedAt: number[] = [];

  const poolOf = () => (pool ??= createOcrPool(options.pool));
  const now = () => ws.clock.now().toISOString();
  const open = () => !disposed && ws.db.open;

  const commitPage = (run: OcrRun, doc: StoredDocument, row: OcrPageRow, nativeText: string) => {
    ws.db.transaction(() => {
      if (!findDocument(ws.db, doc.id) || findOcrRun(ws.db, run.id)?.state !== 'pending') return;
      insertOcrPage(ws.db, row);
      if (run.staged) return;
      deleteOtherOcrResults(ws.db, doc.id, run.id, row.page);
      if (row.state === 'done' && keepsOcrText(nativeText, row.text)) setOcrPageText(ws.db, doc.id, row.page, row.text);
    })();
  };

  const finishRun = (run: OcrRun) => {
    ws.db.transaction(() => {
      if (findOcrRun(ws.db, run.id)?.state !== 'pending') return;
      if (run.staged) {
        const natives = new Map(readOcrNeeds(ws.db, run.documentId).map((p) => [p.page, p]));
        for (const row of listOcrPagesOfRun(ws.db, run.id)) {
          const earlier = findLiveOcrPage(ws.db, run.documentId, row.page);
          // A page the re-run could not read keeps what the earlier run read from it.
          if (row.state === 'failed' && earlier?.state === 'done') {
            deleteOcrPage(ws.db, run.id, row.page);
            continue;
          }
          deleteOtherOcrResults(ws.db, run.documentId, run.id, row.page);
          const page = natives.get(row.page);
          if (row.state === 'done' && page && (page.source === 'ocr' || keepsOcrText(page.text, row.text)))
            setOcrPageText(ws.db, run.documentId, row.page, row.text);
        }
      }
      setOcrRunState(ws.db, run.id, 'done', now());
    })();
    mergeIndex(ws.db);
    const doc = findDocument(ws.db, run.documentId);
    if (doc) options.documentRead?.(doc.caseId, doc.id);
  };

  const readRun = async (run: OcrRun) => {
    const doc = findDocument(ws.db, run.documentId);
    const kind = doc ? KIND_BY_MIME[doc.mimeType] : undefined;
    if (!doc || !kind) {
      setOcrRunState(ws.db, run.id, 'cancelled', now());
      return;
    }
    const settings = { ...DEFAULT_OCR_SETTINGS, ...(JSON.parse(run.settingsJson) as Partial<OcrSettings>) };
    const engine = ocrEngineName(settings.model);
    const needs = new Map(readOcrNeeds(ws.db, doc.id).map((p) => [p.page, p]));
    const pages = listPagesToRead(ws.db, run.id, doc.id, run.staged);
    const controller = new AbortController();
    controllers.set(run.id, controller);
    let bytes: Buffer | null = null;
    const load = () => (bytes ??= ws.store.read(doc.fileLocation));
    const pending = [...pages];
    const worker = async () => {
      for (let page = pending.shift(); page !== undefined; page = pending.shift()) {
        if (paused || controller.signal.aborted || !open()) return;
        const pageSettings = pageSettingsFor(settings, needs.get(page)?.scanDpi ?? null);
        const started = Date.now();
        let outcome: OcrPageOutcome;
        try {
          outcome = await poolOf().read({
            sourceKey: doc.sha256,
            kind,
            bytes: load,
            page,
            settings: pageSettings,
            signal: controller.signal,
          });
        } catch (error) {
          outcome = { ok: false, reason: 'unreadable', message: errorMessage(error) };
        }
        if (!open() || (!outcome.ok && outcome.reason === 'cancelled')) return;
        const row: OcrPageRow = outcome.ok
          ? {
              runId: run.id,
              documentId: doc.id,
              page,
              state: 'done',
              text: outcome.result.text,
              wordsJson: JSON.stringify(outcome.result.words),
              toPageJson: JSON.stringify(outcome.result.toPage),
              confidence: outcome.result.confidence,
              engine,
              settingsJson: JSON.stringify({
                ...pageSettings,
                readAtDpi: outcome.result.dpi,
                rotation: outcome.result.rotation,
                skewDegrees: outcome.result.skewDegrees,
                speckles: outcome.result.speckles,
                imageWidth: outcome.result.imageWidth,
                imageHeight: outcome.result.imageHeight,
                timings: outcome.result.timings,
              }),
              message: null,
              readMs: Date.now() - started,
              doneAt: now(),
            }
          : {
              runId: run.id,
              documentId: doc.id,
              page,
              state: 'failed',
              text: '',
              wordsJson: '[]',
              toPageJson: null,
              confidence: null,
              engine,
              settingsJson: JSON.stringify(pageSettings),
              message: outcome.message,
              readMs: Date.now() - started,
              doneAt: now(),
            };
        try {
          commitPage(run, doc, row, needs.get(page)?.text ?? '');
        } catch (error) {
          if (open())
            ws.log.error('Storing an OCR result failed', { documentId: doc.id, page, error: errorMessage(error) });
          return;
        }
        finishedAt.push(Date.now());
        if (finishedAt.length > RATE_WINDOW) finishedAt.shift();
      }
    };
    try {
      await Promise.all(Array.from({ length: poolOf().capacity }, worker));
    } finally {
      controllers.delete(run.id);
    }
    if (!open() || paused || controller.signal.aborted) return;
    if (listPagesToRead(ws.db, run.id, doc.id, run.staged).length === 0) finishRun(run);
  };

  const drive = () => {
    if (driving) return;
    driving = (async () => {
      // Yield first: the loop's end clears `driving`, which must not happen before it is assigned.
      await null;
      try {
        while (open() && !paused) {
          const run = listPendingOcrRuns(ws.db).find((r) => !controllers.has(r.id));
          if (!run) break;
          await readRun(run);
        }
      } catch (error) {
        if (open()) ws.log.error('Background OCR stopped', { error: errorMessage(error) });
      } finally {
        driving = null;
        const done = waiters;
        waiters = [];
        for (const w of done) w();
      }
    })();
  };

  const enqueue: OcrQueue['enqueue'] = (documentId, reason, opts = {}) => {
    if (!open()) return 0;
    const needs = readOcrNeeds(ws.db, documentId);
    if (needs.length === 0) return 0;
    const existing = findPendingOcrRun(ws.db, documentId);
    if (existing && !opts.force) {
      drive();
      return listPagesToRead(ws.db, existing.id, documentId, existing.staged).length;
    }
    const settings = { ...DEFAULT_OCR_SETTINGS, ...opts.settings };
    const run: OcrRun = {
      id: randomUUID(),
      documentId,
      state: 'pending',
      staged: Boolean(opts.force) && hasOcrResults(ws.db, documentId),
      reason,
      settingsJson: JSON.stringify(settings),
      requestedAt: now(),
      finishedAt: null,
    };
    ws.db.transaction(() => {
      if (existing) setOcrRunState(ws.db, existing.id, existing.staged ? 'cancelled' : 'done', now());
      insertOcrRun(ws.db, run);
    })();
    controllers.get(existing?.id ?? '')?.abort();
    const count = listPagesToRead(ws.db, run.id, documentId, run.staged).length;
    if (count === 0 && !run.staged) finishRun(run);
    else drive();
    return count;
  };

  const status = (caseId?: string): OcrStatus => {
    if (!ws.db.open)
      return {
        state: 'idle',
        holding: false,
        pagesDone: 0,
        pagesTotal: 0,
        pagesPerMinute: null,
        secondsLeft: null,
        documents: [],
      };
    const documents = listPendingOcrRuns(ws.db).flatMap((run) => {
      const doc = findDocument(ws.db, run.documentId);
      if (!doc || (caseId && doc.caseId !== caseId)) return [];
      const needed = readOcrNeeds(ws.db, doc.id).length;
      const left = listPagesToRead(ws.db, run.id, doc.id, run.staged).length;
      return [{ documentId: doc.id, title: doc.title, pagesDone: needed - left, pagesTotal: needed }];
    });
    const pagesDone = documents.reduce((n, d) => n + d.pagesDone, 0);
    const pagesTotal = documents.reduce((n, d) => n + d.pagesTotal, 0);
    const span = finishedAt.length >= 2 ? ((finishedAt.at(-1) as number) - (finishedAt[0] as number)) / 60_000 : 0;
    const pagesPerMinute = span > 0 ? (finishedAt.length - 1) / span : null;
    const state = documents.length === 0 ? 'idle' : paused ? 'paused' : 'running';
    return {
      state,
      holding: state === 'running' && (pool?.holding() ?? false),
      pagesDone,
      pagesTotal,
      pagesPerMinute: pagesPerMinute === null ? null : Math.round(pagesPerMinute * 10) / 10,
      secondsLeft:
        pagesPerMinute && state === 'running' ? Math.round(((pagesTotal - pagesDone) / pagesPerMinute) * 60) : null,
      documents,
    };
  };

  return {
    enqueue,
    catchUp() {
      if (!options.autoStart || !open()) return;
      try {
        for (const documentId of listDocumentsNeverOcrd(ws.db)) enqueue(documentId, 'upgrade');
        drive();
      } catch (error) {
        ws.log.error('Resuming OCR failed', { error: errorMessage(error) });
      }
    },
    pause() {
      paused = true;
    },
    holdForTyping() {
      // Decided in memory: this runs twice a second while the reviewer types. Held while paused too, so a Resume
      // pressed mid-sentence starts held.
      if (!open() || (!driving && !paused)) return false;
      poolOf().holdFor(TYPING_HOLD_MS);
      return !paused;
    },
    resume() {
      paused = false;
      drive();
    },
    cancel(documentId) {
      if (!open()) return;
      for (const run of listPendingOcrRuns(ws.db)) {
        if (documentId && run.documentId !== documentId) continue;
        // A first run keeps the pages it read (they are live already); a re-run is dropped and the earlier results stay.
        setOcrRunState(ws.db, run.id, run.staged ? 'cancelled' : 'done', now());
        controllers.get(run.id)?.abort();
      }
    },
    status,
    idle: () => (driving ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve()),
    async dispose() {
      disposed = true;
      for (const c of controllers.values()) c.abort();
      await pool?.close();
      pool = null;
    },
  };
}
