import type { Logger } from '../log';
import { computeBackoff } from './computeBackoff';
import type { SyncEngine } from './createSyncEngine';
import { errorMessage } from '../../../shared/errorMessage';

export interface SyncSchedulerOptions {
  /** The open workspace's engine, or null while the workstation is locked. */
  engine: () => SyncEngine | null;
  log: Logger;
  /** Between successful syncs. */
  intervalMs?: number;
  /** First wait after a failed sync; doubles (with jitter) per failure up to retryCapMs. */
  retryBaseMs?: number;
  retryCapMs?: number;
  firstDelayMs?: number;
  /** How soon after a nudge (a determination was signed) the upload starts: signed work should not wait for the interval. */
  promptDelayMs?: number;
  random?: () => number;
}

export interface SyncScheduler {
  /** Something is waiting to be uploaded: sync soon instead of at the next interval or retry. */
  nudge(): void;
  stop(): void;
}

/**
 * Syncs in the background while signed in: every intervalMs after a success, sooner-then-slower after failures
 * (offline, server trouble). Never runs for the demo workspace, a locked one, or when the server wants a new sign-in.
 */
export function startSyncScheduler(options: SyncSchedulerOptions): SyncScheduler {
  const {
    intervalMs = 5 * 60_000,
    retryBaseMs = 30_000,
    retryCapMs = 30 * 60_000,
    firstDelayMs = 10_000,
    promptDelayMs = 2_000,
    random = Math.random,
  } = options;
  let failures = 0;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  let ticking = false;
  let nudged = false;
  const schedule = (ms: number): void => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void tick(), ms);
    timer.unref();
  };
  const tick = async (): Promise<void> => {
    timer = null;
    ticking = true;
    nudged = false;
    try {
      await runOnce();
    } finally {
      ticking = false;
      if (nudged) schedule(promptDelayMs);
    }
  };
  const runOnce = async (): Promise<void> => {
    const engine = options.engine();
    const status = engine?.status();
    if (!engine || !status?.configured || status.needsSignIn || !status.reviewer) return schedule(intervalMs);
    try {
      const after = await engine.run();
      failures = after.lastError ? failures + 1 : 0;
      // Signed while this run was past its upload step: upload it now rather than at the next interval.
      if (!after.lastError && after.pendingUploads > 0) return schedule(promptDelayMs);
    } catch (error) {
      failures += 1;
      options.log.warn('Background sync did not run', { error: errorMessage(error) });
    }
    schedule(failures === 0 ? intervalMs : retryBaseMs + computeBackoff(failures - 1, retryBaseMs, retryCapMs, random));
  };

  schedule(firstDelayMs);
  return {
    nudge() {
      if (stopped) return;
      if (ticking) nudged = true;
      else schedule(promptDelayMs);
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
