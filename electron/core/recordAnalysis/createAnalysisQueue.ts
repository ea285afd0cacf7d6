import { listCasesToAnalyze } from '../db';
import type { Workspace } from '../workspace';
import { errorMessage } from '../../../shared/errorMessage';
import { ANALYZER, analyzeCase } from './analyzeCase';

export type AnalysisState = 'idle' | 'queued' | 'running';

export interface AnalysisQueue {
  /** Analyze a case soon (after a short quiet period, so an import of many files runs once), or at once. */
  request(caseId: string, opts?: { now?: boolean }): void;
  /** Analyze every case of the open work whose records changed since its last analysis. */
  requestStale(): void;
  /** Analyze the case if its records changed since its last analysis (a closed case, say, when it is opened). */
  requestIfStale(caseId: string): void;
  state(caseId: string): AnalysisState;
  /** Resolves when the case has no queued or running analysis. */
  settled(caseId: string): Promise<void>;
  dispose(): void;
}

export interface AnalysisQueueOptions {
  quietMs: number;
  /** The duplicate search's time budget per case. */
  maxMs: number;
  /** Each slice of work on the main thread lasts about this long before other work gets a turn. */
  sliceMs: number;
  /** Whether cases whose records changed are looked for (off for read-only and one-moment back ends). */
  findStale: boolean;
}

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisQueueOptions = {
  quietMs: 300,
  maxMs: 60_000,
  sliceMs: 12,
  findStale: true,
};

/**
 * Background analysis of a workspace's cases, one case at a time, in slices that let requests through between
 * them. Re-requesting a case while it runs queues one more run (the records changed under it).
 */
export function createAnalysisQueue(ws: Workspace, options: Partial<AnalysisQueueOptions> = {}): AnalysisQueue {
  const opts = { ...DEFAULT_ANALYSIS_OPTIONS, ...options };
  const queued = new Set<string>();
  let running: string | null = null;
  let timer: NodeJS.Timeout | undefined;
  let disposed = false;
  const waiters = new Map<string, (() => void)[]>();

  let sliceStart = performance.now();
  const pause = async () => {
    if (performance.now() - sliceStart < opts.sliceMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
    if (disposed) throw new Error('The workspace closed during analysis');
  };
  const wake = (caseId: string) => {
    if (queued.has(caseId) || running === caseId) return;
    for (const resolve of waiters.get(caseId) ?? []) resolve();
    waiters.delete(caseId);
  };
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void drain(), delay);
  };
  const drain = async () => {
    if (running || disposed) return;
    const next = queued.values().next();
    if (next.done) return;
    const caseId = next.value;
    queued.delete(caseId);
    running = caseId;
    try {
      if (ws.db.open) {
        sliceStart = performance.now();
        await analyzeCase(ws, caseId, { maxMs: opts.maxMs, pause });
      }
    } catch (error) {
      if (!disposed) ws.log.error('Analysis of a case failed', { caseId, error: errorMessage(error) });
    } finally {
      running = null;
      wake(caseId);
      if (queued.size > 0 && !disposed) schedule(0);
    }
  };

  return {
    request(caseId, when) {
      if (disposed) return;
      queued.add(caseId);
      schedule(when?.now ? 0 : opts.quietMs);
    },
    requestStale() {
      if (disposed || !opts.findStale || !ws.db.open) return;
      for (const caseId of listCasesToAnalyze(ws.db, ANALYZER)) queued.add(caseId);
      if (queued.size > 0) schedule(opts.quietMs);
    },
    requestIfStale(caseId) {
      if (disposed || !opts.findStale || !ws.db.open || queued.has(caseId) || running === caseId) return;
      if (listCasesToAnalyze(ws.db, ANALYZER, caseId).length > 0) this.request(caseId, { now: true });
    },
    state: (caseId) => (running === caseId ? 'running' : queued.has(caseId) ? 'queued' : 'idle'),
    settled(caseId) {
      if (!queued.has(caseId) && running !== caseId) return Promise.resolve();
      return new Promise((resolve) => waiters.set(caseId, [...(waiters.get(caseId) ?? []), resolve]));
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
      queued.clear();
      for (const list of waiters.values()) for (const resolve of list) resolve();
      waiters.clear();
    },
  };
}
