import { randomUUID } from 'node:crypto';
import { AppError, type ImportFileStatus, type ImportStatus } from '../../../shared/ipc';

import { findDocument, findIndexState, mergeIndex, type StoredDocument } from '../db';

import type { Workspace } from '../workspace';
import { createExtractionPool, type ExtractionPool } from './createExtractionPool';
import type { StagedFile } from './createUploadStaging';
import type { ImportLimits } from './importLimits';
import type { ImportContext } from './importContext';
import { importOneFile } from './importOneFile';
import { reindexOneDocument } from './reindexOneDocument';
import { errorMessage } from '../../../shared/errorMessage';

export interface RecordJobs {
  startImport(caseId: string, files: StagedFile[]): string;
  startReindex(documents: StoredDocument[], caseId: string | null): string;
  status(jobId: string): ImportStatus;
  cancel(jobId: string): ImportStatus;
  /** Resolves when the job has finished (done or cancelled). */
  settled(jobId: string): Promise<ImportStatus>;
  /** Get text readers ready (an upload has begun), so the import does not wait for pdf.js to load. */
  prewarm(): void;
  cancelAll(): Promise<void>;
}

interface Job {
  status: ImportStatus;
  controller: AbortController;
  finished: Promise<void>;
}

const KEEP_FINISHED = 50;
const SPARE_IDLE_MS = 30_000;
const queued = (name: string): ImportFileStatus => ({
  name,
  state: 'queued',
  pagesDone: 0,
  pageCount: null,
  documentId: null,
  message: null,
});

export interface RecordJobHooks {
  /** After a job that changed the pages of these cases (imported or re-indexed a file). */
  afterJob?(caseIds: string[]): void;
  /** After one document's pages were committed (its scanned pages can now be queued for OCR). */
  indexed?(documentId: string): void;
  /** As soon as one document's commit is done (the window's document list follows). */
  committed?(documentId: string): void;
}

/** Import and re-index jobs: files are read one at a time in a worker and each is committed whole. */
export function createRecordJobs(ws: Workspace, limits: ImportLimits, hooks: RecordJobHooks = {}): RecordJobs {
  const jobs = new Map<string, Job>();
  let spare: ExtractionPool | null = null;
  let spareTimer: NodeJS.Timeout | undefined;
  const keepSpare = (pool: ExtractionPool) => {
    if (spare && spare !== pool) return void pool.close();
    spare = pool;
    clearTimeout(spareTimer);
    spareTimer = setTimeout(() => {
      void spare?.close();
      spare = null;
    }, SPARE_IDLE_MS);
    spareTimer.unref();
  };
  const takePool = () => {
    const pool = spare ?? createExtractionPool(limits);
    spare = null;
    clearTimeout(spareTimer);
    return pool;
  };

  const find = (jobId: string) => {
    const job = jobs.get(jobId);
    if (!job)
      throw new AppError(
        'NOT_FOUND',
        'That import is no longer known (the app was restarted). Check the document list and import again if needed.',
      );
    return job;
  };
  const snapshot = (job: Job): ImportStatus => {
    const files = job.status.files.map((f) => ({ ...f }));
    const done = files.reduce((n, f) => n + f.pagesDone, 0);
    const total = files.reduce(
      (n, f) =>
        n + (f.state === 'queued' || f.state === 'reading' ? Math.max(f.pageCount ?? 1, f.pagesDone) : f.pagesDone),
      0,
    );
    return { ...job.status, files, done, total };
  };

  const start = <T>(
    kind: ImportStatus['kind'],
    caseId: string | null,
    items: T[],
    name: (item: T) => string,
    run: (ctx: ImportContext, item: T, st: ImportFileStatus) => Promise<void>,
  ) => {
    const jobId = randomUUID();
    const controller = new AbortController();
    const status: ImportStatus = {
      jobId,
      kind,
      caseId,
      state: 'running',
      done: 0,
      total: 0,
      files: items.map((i) => queued(name(i))),
    };
    const worker = takePool();
    const ctx: ImportContext = {
      ws,
      worker,
      signal: controller.signal,
      limits,
      onProgress: () => undefined,
      indexed: (documentId) => hooks.indexed?.(documentId),
    };
    const finished = (async () => {
      let changed = 0;
      const changedCases = new Set<string>();
      try {
        for (const [index, item] of items.entries()) {
          const st = status.files[index];
          if (!st) continue;
          if (controller.signal.aborted || !ws.db.open) {
            Object.assign(st, {
              state: 'cancelled',
              message: `"${st.name}" was not imported: the import was cancelled.`,
            });
            continue;
          }
          try {
            await run(ctx, item, st);
          } catch (error) {
            ws.log.error('A record file failed to import', { jobId, error: errorMessage(error) });
            Object.assign(st, {
              state: 'failed',
              pagesDone: 0,
              message: `"${st.name}" could not be imported: ${errorMessage(error)}`,
            });
          }
          if (st.state === 'imported') {
            changed++;
            const doc = st.documentId && ws.db.open ? findDocument(ws.db, st.documentId) : null;
            if (doc) changedCases.add(doc.caseId);
            if (st.documentId) hooks.committed?.(st.documentId);
          }
        }
        if (changed > 0 && ws.db.open) mergeIndex(ws.db);
        if (changedCases.size > 0) hooks.afterJob?.([...changedCases]);
      } finally {
        keepSpare(worker);
        status.state = controller.signal.aborted ? 'cancelled' : 'done';
        prune();
      }
    })();
    jobs.set(jobId, { status, controller, finished });
    return jobId;
  };

  // A document being indexed by one job (after a sync, say) is waited for by another (the viewer's), not read twice.
  const indexing = new Map<string, Promise<void>>();
  const reindexOnce = async (ctx: ImportContext, doc: StoredDocument, st: ImportFileStatus): Promise<void> => {
    const running = indexing.get(doc.id);
    if (running) {
      st.state = 'reading';
      await running;
      const state = ws.db.open ? findIndexState(ws.db, doc.id) : null;
      if (state) {
        const pages = state.textPages + state.scannedPages;
        return void Object.assign(st, {
          state: 'imported',
          documentId: doc.id,
          pageCount: pages,
          pagesDone: pages,
          message: `${pages} page${pages === 1 ? '' : 's'} indexed`,
        });
      }
    }
    const work = reindexOneDocument(ctx, doc, st);
    indexing.set(doc.id, work);
    try {
      await work;
    } finally {
      if (indexing.get(doc.id) === work) indexing.delete(doc.id);
    }
  };

  const prune = () => {
    const done = [...jobs].filter(([, j]) => j.status.state !== 'running');
    for (const [id] of done.slice(0, Math.max(0, done.length - KEEP_FINISHED))) jobs.delete(id);
  };

  return {
    startImport: (caseId, files) =>
      start(
        'import',
        caseId,
        files,
        (f) => f.name,
        (ctx, f, st) => importOneFile(ctx, caseId, f, st),
      ),
    startReindex: (documents, caseId) => start('reindex', caseId, documents, (d) => d.title, reindexOnce),
    status: (jobId) => snapshot(find(jobId)),
    cancel(jobId) {
      const job = find(jobId);
      if (job.status.state === 'running') job.controller.abort();
      return snapshot(job);
    },
    async settled(jobId) {
      const job = find(jobId);
      await job.finished;
      return snapshot(job);
    },
    prewarm() {
      if (spare) return;
      const pool = createExtractionPool(limits);
      pool.warm();
      keepSpare(pool);
    },
    async cancelAll() {
      clearTimeout(spareTimer);
      void spare?.close();
      spare = null;
      for (const job of jobs.values()) job.controller.abort();
      await Promise.all([...jobs.values()].map((j) => j.finished));
    },
  };
}
