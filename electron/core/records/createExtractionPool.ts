import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageScan } from './classifyPageText';
import { EXTRACT_WORKER_SOURCE } from './extractWorkerSource';
import { pdfjsModuleUrl } from './pdfjsModuleUrl';

export interface ExtractionLimits {
  /** Kill the workers when they report nothing for this long (a hung parser). */
  stallMs: number;
  /** Kill the workers when one file takes longer than this in total. */
  fileMs: number;
}

/** One page as the text reader returns it: its text layer, form-field and annotation text, and scan facts. */
export interface ExtractedPage {
  page: number;
  text: string;
  extra: string;
  scan: PageScan | null;
}

export interface ExtractionProgress {
  /** `xfa`: the file holds an XFA form, whose filled-in content pdf.js shows only as its fallback pages. */
  onOpened(pageCount: number, xfa: boolean): void;
  onPages(pages: ExtractedPage[]): void;
}

export type ExtractOutcome =
  | { ok: true; pageErrors: number }
  | { ok: false; reason: 'password' | 'invalid' | 'other' | 'timeout' | 'cancelled'; message: string };

export interface ProbedPage {
  page: number;
  text: string;
  view: number[];
  rotate: number;
}

export interface PdfProbe {
  pageCount: number;
  pages: ProbedPage[];
}

export interface ExtractionPool {
  extractPdf(bytes: Uint8Array, progress: ExtractionProgress, signal: AbortSignal): Promise<ExtractOutcome>;
  /** Opens a PDF as the viewer will and reads the given pages (text, page box, rotation); null if it cannot. */
  probePdf(bytes: Uint8Array, pages: readonly number[]): Promise<PdfProbe | null>;
  /** Start the workers (they load pdf.js) before the first file arrives. */
  warm(): void;
  close(): Promise<void>;
}

type WorkerMessage =
  | { id: number; type: 'opened'; pageCount: number; xfa: boolean }
  | { id: number; type: 'pages'; pages: ExtractedPage[] }
  | { id: number; type: 'done'; pageErrors: number }
  | ({ id: number; type: 'probed' } & PdfProbe)
  | { id: number; type: 'failed'; reason: 'password' | 'invalid' | 'other'; message: string };

const PAGE_BATCH = 25;
export const DEFAULT_POOL_SIZE = Math.min(4, Math.max(1, availableParallelism()));

/**
 * pdf.js text extraction in worker threads, one file at a time: every worker opens the file and they
 * claim pages from a shared counter, so a long PDF uses every core. A stalled or cancelled file kills them.
 */
export function createExtractionPool(limits: ExtractionLimits, size = DEFAULT_POOL_SIZE): ExtractionPool {
  let workers: Worker[] = [];
  let nextId = 1;

  const spawn = (): Worker[] => {
    if (workers.length === 0) {
      const workerData = { pdfjsUrl: pdfjsModuleUrl() };
      workers = Array.from({ length: size }, () => new Worker(EXTRACT_WORKER_SOURCE, { eval: true, workerData }));
      // Idle workers never keep the process alive; a running file is kept alive by its timers.
      for (const w of workers) w.unref();
    }
    return workers;
  };
  const kill = async () => {
    const dying = workers;
    workers = [];
    await Promise.all(dying.map((w) => w.terminate()));
  };

  return {
    extractPdf(bytes, progress, signal) {
      if (signal.aborted) return Promise.resolve({ ok: false, reason: 'cancelled', message: 'Cancelled.' });
      const pool = spawn();
      const id = nextId++;
      const counter = new SharedArrayBuffer(4);
      return new Promise<ExtractOutcome>((resolve) => {
        let stall: NodeJS.Timeout | undefined;
        let opened = false;
        let running = pool.length;
        let pageErrors = 0;
        const finish = (outcome: ExtractOutcome, terminate: boolean) => {
          clearTimeout(stall);
          clearTimeout(total);
          for (const w of pool) {
            w.off('message', onMessage);
            w.off('error', onError);
            w.off('exit', onExit);
          }
          signal.removeEventListener('abort', onAbort);
          if (terminate) void kill();
          resolve(outcome);
        };
        const armStall = () => {
          clearTimeout(stall);
          stall = setTimeout(
            () =>
              finish(
                { ok: false, reason: 'timeout', message: `no progress for ${Math.round(limits.stallMs / 1000)} s` },
                true,
              ),
            limits.stallMs,
          );
        };
        const total = setTimeout(
          () =>
            finish(
              { ok: false, reason: 'timeout', message: `longer than ${Math.round(limits.fileMs / 1000)} s` },
              true,
            ),
          limits.fileMs,
        );
        const onAbort = () => finish({ ok: false, reason: 'cancelled', message: 'Cancelled.' }, true);
        const onError = (error: Error) => finish({ ok: false, reason: 'other', message: error.message }, true);
        const onExit = () =>
          finish({ ok: false, reason: 'other', message: 'The text reader stopped unexpectedly.' }, true);
        const onMessage = (msg: WorkerMessage) => {
          if (msg.id !== id) return;
          armStall();
          if (msg.type === 'opened') {
            if (!opened) progress.onOpened(msg.pageCount, msg.xfa);
            opened = true;
          } else if (msg.type === 'pages') progress.onPages(msg.pages);
          else if (msg.type === 'failed')
            finish({ ok: false, reason: msg.reason, message: msg.message }, pool.length > 1);
          else if (msg.type === 'done') {
            pageErrors += msg.pageErrors;
            if (--running === 0) finish({ ok: true, pageErrors }, false);
          }
        };
        for (const w of pool) {
          w.on('message', onMessage);
          w.on('error', onError);
          w.on('exit', onExit);
        }
        signal.addEventListener('abort', onAbort);
        armStall();
        for (const w of pool) {
          const copy = new Uint8Array(bytes);
          w.postMessage({ id, bytes: copy, batch: PAGE_BATCH, counter }, [copy.buffer]);
        }
      });
    },
    probePdf(bytes, pages) {
      const pool = spawn();
      const id = nextId++;
      const worker = pool[id % pool.length] as Worker;
      return new Promise<PdfProbe | null>((resolve) => {
        const finish = (probe: PdfProbe | null, terminate: boolean) => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onFailure);
          worker.off('exit', onFailure);
          if (terminate) void kill();
          resolve(probe);
        };
        const timer = setTimeout(() => finish(null, true), limits.stallMs);
        const onFailure = () => finish(null, true);
        const onMessage = (msg: WorkerMessage) => {
          if (msg.id !== id) return;
          finish(msg.type === 'probed' ? { pageCount: msg.pageCount, pages: msg.pages } : null, false);
        };
        worker.on('message', onMessage);
        worker.on('error', onFailure);
        worker.on('exit', onFailure);
        const copy = new Uint8Array(bytes);
        worker.postMessage({ id, type: 'probe', bytes: copy, pages: [...pages] }, [copy.buffer]);
      });
    },
    warm: () => void spawn(),
    close: kill,
  };
}
