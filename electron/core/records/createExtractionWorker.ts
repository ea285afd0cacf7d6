import { Worker } from 'node:worker_threads';
import type { PageText } from '../db/repositories/recordPageRepository';
import { EXTRACT_WORKER_SOURCE } from './extractWorkerSource';
import { pdfjsModuleUrl } from './pdfjsModuleUrl';

export interface ExtractionLimits {
  /** Kill the worker when it reports nothing for this long (a hung parser). */
  stallMs: number;
  /** Kill the worker when one file takes longer than this in total. */
  fileMs: number;
}

export interface ExtractionProgress {
  onOpened(pageCount: number): void;
  onPages(pages: PageText[]): void;
}

export type ExtractOutcome =
  | { ok: true; pageErrors: number }
  | { ok: false; reason: 'password' | 'invalid' | 'other' | 'timeout' | 'cancelled'; message: string };

export interface ExtractionWorker {
  extractPdf(bytes: Uint8Array, progress: ExtractionProgress, signal: AbortSignal): Promise<ExtractOutcome>;
  close(): Promise<void>;
}

type WorkerMessage =
  | { id: number; type: 'opened'; pageCount: number }
  | { id: number; type: 'pages'; pages: PageText[] }
  | { id: number; type: 'done'; pageErrors: number }
  | { id: number; type: 'failed'; reason: 'password' | 'invalid' | 'other'; message: string };

const PAGE_BATCH = 25;

/** pdf.js text extraction in a worker thread, one file at a time; a stalled or cancelled file kills the worker. */
export function createExtractionWorker(limits: ExtractionLimits): ExtractionWorker {
  let worker: Worker | null = null;
  let nextId = 1;

  const spawn = (): Worker => {
    worker ??= new Worker(EXTRACT_WORKER_SOURCE, { eval: true, workerData: { pdfjsUrl: pdfjsModuleUrl() } });
    return worker;
  };
  const kill = () => {
    const w = worker;
    worker = null;
    return w ? w.terminate().then(() => undefined) : Promise.resolve();
  };

  return {
    extractPdf(bytes, progress, signal) {
      if (signal.aborted) return Promise.resolve({ ok: false, reason: 'cancelled', message: 'Cancelled.' });
      const w = spawn();
      const id = nextId++;
      return new Promise<ExtractOutcome>((resolve) => {
        let stall: NodeJS.Timeout | undefined;
        const finish = (outcome: ExtractOutcome, terminate: boolean) => {
          clearTimeout(stall);
          clearTimeout(total);
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
          signal.removeEventListener('abort', onAbort);
          if (terminate) void kill();
          resolve(outcome);
        };
        const armStall = () => {
          clearTimeout(stall);
          stall = setTimeout(() => finish({ ok: false, reason: 'timeout', message: `no progress for ${Math.round(limits.stallMs / 1000)} s` }, true), limits.stallMs);
        };
        const total = setTimeout(() => finish({ ok: false, reason: 'timeout', message: `longer than ${Math.round(limits.fileMs / 1000)} s` }, true), limits.fileMs);
        const onAbort = () => finish({ ok: false, reason: 'cancelled', message: 'Cancelled.' }, true);
        const onError = (error: Error) => finish({ ok: false, reason: 'other', message: error.message }, true);
        const onExit = () => finish({ ok: false, reason: 'other', message: 'The text reader stopped unexpectedly.' }, true);
        const onMessage = (msg: WorkerMessage) => {
          if (msg.id !== id) return;
          armStall();
          if (msg.type === 'opened') progress.onOpened(msg.pageCount);
          else if (msg.type === 'pages') progress.onPages(msg.pages);
          else if (msg.type === 'done') finish({ ok: true, pageErrors: msg.pageErrors }, false);
          else finish({ ok: false, reason: msg.reason, message: msg.message }, false);
        };
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        signal.addEventListener('abort', onAbort);
        armStall();
        const copy = new Uint8Array(bytes);
        w.postMessage({ id, bytes: copy, batch: PAGE_BATCH }, [copy.buffer]);
      });
    },
    close: kill,
  };
}
