import { availableParallelism, totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createOcrHold } from './createOcrHold';
import { ocrEnginePaths } from './ocrEnginePaths';
import type { OcrFailureReason, OcrPageOutcome, OcrPageResult } from './ocrPageResult';
import type { OcrSettings } from './ocrSettings';
import { OCR_WORKER_SOURCE } from './ocrWorkerSource';

export type OcrSourceKind = 'pdf' | 'png' | 'jpeg' | 'tiff';

export interface OcrPageRequest {
  /** Identifies the file (its sha256): a worker keeps the last file open and is sent its bytes only once. */
  sourceKey: string;
  kind: OcrSourceKind;
  bytes(): Uint8Array;
  page: number;
  settings: OcrSettings;
  signal?: AbortSignal;
}

export interface OcrPoolOptions {
  /** Worker threads, each with its own tesseract.js engine. */
  size: number;
  /** A page that takes longer is given up (its worker is ended) so one pathological page cannot stall the queue. */
  pageTimeoutMs: number;
  /** A worker is replaced after this many pages: WASM memory only ever grows, so recycling returns it. */
  recycleAfterPages: number;
  /** JavaScript heap limit per worker (pdf.js, the page raster); WASM memory is bounded by OcrSettings.maxPixels. */
  maxHeapMb: number;
  /** Linux nice value of the worker threads: 19 takes only CPU time nothing else wants (the window comes first). */
  nice: number;
}

/**
 * The memory one worker may take (its page raster, pdf.js, the tesseract.js thread and its WASM heap), measured
 * on faxed letter pages by bench/ocr.bench.ts (under 200 MB each); the pool's cap is size × this.
 */
export const OCR_WORKER_MB = 400;

/**
 * Sized to the machine: one worker per core, at most four, and no more than a quarter of the memory allows at
 * OCR_WORKER_MB each. The workers run at the lowest priority, so the window (which shares the main process's
 * session) and the main process get a core whenever they want one: OCR only takes time nothing else wants.
 */
export function defaultOcrPoolOptions(): OcrPoolOptions {
  const byMemory = Math.floor(totalmem() / 4 / (OCR_WORKER_MB * 1024 * 1024));
  return {
    size: Math.max(1, Math.min(4, availableParallelism(), byMemory)),
    pageTimeoutMs: 120_000,
    recycleAfterPages: 40,
    maxHeapMb: 384,
    nice: 19,
  };
}

/**
 * Pages handed to one worker at once. The worker can render and clean up a second page while tesseract.js reads
 * the first, but that keeps twice as many threads busy: measured on two cores, typing p95 while OCR ran was 1.43×
 * its quiet value with two pages per worker and 1.09× with one, for about the same pages per minute.
 */
export const PAGES_PER_WORKER = 1;

export interface OcrPool {
  readonly size: number;
  /** Pages the pool works on at once (size × PAGES_PER_WORKER): how many a caller should keep queued. */
  readonly capacity: number;
  read(request: OcrPageRequest): Promise<OcrPageOutcome>;
  /**
   * The reviewer is typing: every worker stops where it is (within tens of milliseconds) and takes no CPU for this
   * long; pages keep their place. Time held does not count toward a page's time limit.
   */
  holdFor(ms: number): void;
  /** Whether the workers are held now. */
  holding(): boolean;
  /** Workers started since the pool was made (recycled and replaced ones included). */
  workersStarted(): number;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker | null;
  inFlight: number;
  loadedKey: string | null;
  pages: number;
}

type Reply =
  | { id: number; type: 'read'; result: OcrPageResult }
  | { id: number; type: 'failed'; reason: OcrFailureReason; message: string };

interface Queued {
  request: OcrPageRequest;
  resolve(outcome: OcrPageOutcome): void;
}

/** tesseract.js in worker threads: pages are handed to whichever worker is free, each bounded in time. */
export function createOcrPool(options: OcrPoolOptions): OcrPool {
  const paths = ocrEnginePaths();
  const hold = createOcrHold();
  const slots: Slot[] = Array.from({ length: options.size }, () => ({
    worker: null,
    inFlight: 0,
    loadedKey: null,
    pages: 0,
  }));
  // Workers ended on purpose: the other page they held is handed back (cancelled), not failed.
  const retired = new WeakSet<Worker>();
  const queue: Queued[] = [];
  let nextId = 1;
  let started = 0;
  let closed = false;

  const spawn = (slot: Slot, model: OcrSettings['model']): Worker => {
    if (slot.worker) return slot.worker;
    started++;
    const worker = new Worker(OCR_WORKER_SOURCE, {
      eval: true,
      // The model of the page that starts it: the worker loads it while it draws that page.
      workerData: { paths, nice: options.nice, model, hold: hold.state },
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb },
    });
    worker.unref();
    slot.worker = worker;
    slot.loadedKey = null;
    slot.pages = 0;
    return worker;
  };
  const retire = (slot: Slot) => {
    const worker = slot.worker;
    slot.worker = null;
    slot.loadedKey = null;
    if (worker) {
      retired.add(worker);
      void worker.terminate();
    }
  };

  const run = (slot: Slot, { request, resolve }: Queued) => {
    slot.inFlight++;
    const id = nextId++;
    let worker: Worker;
    let bytes: Uint8Array | null = null;
    try {
      worker = spawn(slot, request.settings.model);
      if (slot.loadedKey !== request.sourceKey) bytes = new Uint8Array(request.bytes());
      // The worker handles its messages in order: the next page of this file finds it open.
      slot.loadedKey = request.sourceKey;
    } catch (error) {
      slot.inFlight--;
      retire(slot);
      resolve({ ok: false, reason: 'unreadable', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    const finish = (outcome: OcrPageOutcome, keepWorker: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      request.signal?.removeEventListener('abort', onAbort);
      slot.inFlight--;
      if (slot.worker === worker) {
        if (!keepWorker) retire(slot);
        // Recycled once its pages are done, so no page in flight is lost.
        else if (++slot.pages >= options.recycleAfterPages && slot.inFlight === 0) retire(slot);
      }
      resolve(outcome);
      pump();
    };
    const onMessage = (reply: Reply) => {
      if (reply.id !== id) return;
      if (reply.type === 'read') finish({ ok: true, result: reply.result }, true);
      // After a failure the engine may be in a bad state (an aborted WASM instance): start a fresh worker.
      else finish({ ok: false, reason: reply.reason, message: reply.message }, false);
    };
    const onError = (error: Error & { code?: string }) =>
      finish(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { ok: false, reason: 'out-of-memory', message: 'The OCR reader ran out of memory on this page.' }
          : { ok: false, reason: 'crashed', message: `The OCR reader stopped: ${error.message}` },
        false,
      );
    const onExit = () =>
      finish(
        closed || retired.has(worker)
          ? { ok: false, reason: 'cancelled', message: 'OCR was stopped.' }
          : { ok: false, reason: 'crashed', message: 'The OCR reader stopped unexpectedly.' },
        false,
      );
    const onAbort = () =>
      finish({ ok: false, reason: 'cancelled', message: 'Stopped before this page was read.' }, false);
    const startedAt = Date.now();
    const onTimeout = () => {
      const now = Date.now();
      const left = options.pageTimeoutMs - (now - startedAt - hold.heldBetween(startedAt, now));
      if (left > 0) {
        timer = setTimeout(onTimeout, left);
        return;
      }
      finish(
        {
          ok: false,
          reason: 'timeout',
          message: `Reading this page took longer than ${Math.round(options.pageTimeoutMs / 100) / 10} s and was stopped.`,
        },
        false,
      );
    };
    let timer = setTimeout(onTimeout, options.pageTimeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    request.signal?.addEventListener('abort', onAbort);
    worker.postMessage(
      {
        id,
        key: request.sourceKey,
        kind: request.kind,
        bytes,
        page: request.page,
        settings: request.settings,
      },
      bytes ? [bytes.buffer as ArrayBuffer] : [],
    );
  };

  const pump = () => {
    for (const slot of slots) {
      // A worker due for recycling takes no new page until it has been replaced.
      const due = () => slot.worker !== null && slot.pages >= options.recycleAfterPages;
      while (!closed && slot.inFlight < PAGES_PER_WORKER && !due() && queue.length > 0) {
        // A worker that has this file open takes its next page; otherwise the first free one does.
        const index = Math.max(
          0,
          queue.findIndex((q) => q.request.sourceKey === slot.loadedKey),
        );
        const [next] = queue.splice(index, 1);
        if (!next) return;
        if (next.request.signal?.aborted)
          next.resolve({ ok: false, reason: 'cancelled', message: 'Stopped before this page was read.' });
        else run(slot, next);
      }
    }
  };

  return {
    size: options.size,
    capacity: options.size * PAGES_PER_WORKER,
    read(request) {
      if (closed) return Promise.resolve({ ok: false, reason: 'cancelled', message: 'OCR was stopped.' });
      return new Promise<OcrPageOutcome>((resolve) => {
        queue.push({ request, resolve });
        pump();
      });
    },
    holdFor: (ms) => hold.holdFor(ms),
    holding: () => hold.holding(),
    workersStarted: () => started,
    async close() {
      closed = true;
      for (const q of queue.splice(0)) q.resolve({ ok: false, reason: 'cancelled', message: 'OCR was stopped.' });
      await Promise.all(
        slots.map(async (slot) => {
          const w = slot.worker;
          slot.worker = null;
          if (w) await w.terminate();
        }),
      );
    },
  };
}
