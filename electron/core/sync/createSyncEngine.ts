import { AppError, type SyncRunSummary, type SyncStatus } from '../../../shared/ipc';

import { recordAuditEvent } from '../audit';
import { recordSyncError, recordSyncSuccess } from '../db';
import type { EmitEvent } from '../events';
import type { Workspace } from '../workspace';
import type { DownloadProgress } from './downloadRecords';
import type { EngineRuntime } from './engineRuntime';
import { failSafeOf } from './failSafeError';
import { readSyncStatus } from './readSyncStatus';
import { runSync } from './runSync';
import { markNeedsSignIn } from './syncAccount';
import { isSignInError } from './syncFailure';
import { DEFAULT_SYNC_OPTIONS, type SyncOptions } from './syncOptions';
import { errorMessage } from '../../../shared/errorMessage';

export interface SyncEngine {
  readonly options: SyncOptions;
  /** Runs a sync, or joins the one already running; sync failures are reported in the status, not thrown. */
  run(request?: { acceptRemovals?: boolean }): Promise<SyncStatus>;
  status(): SyncStatus;
  isRunning(): boolean;
}

export interface SyncEngineWiring {
  options?: Partial<SyncOptions>;
  /** Runs after every sync that got a summary, however it was started (button, scheduler, command line). */
  afterRun?(summary: SyncRunSummary): void;
  /** What a run changed, as it happens (the window's views follow it). */
  onEvent?: EmitEvent;
  /** Throws when the workspace may not sync now (an unprotected key); nothing is sent or fetched then. */
  beforeRun?(): void;
  /** The furthest audit head the server kept for this workspace's trail, as each reply reports it. */
  serverSawAuditHead?(value: string): void;
}

/** Download progress reaches the window at most this often. */
const PROGRESS_EVENT_MS = 500;

/** One per workspace: keeps a single sync in flight and the progress the status line shows. */
export function createSyncEngine(ws: Workspace, wiring: SyncEngineWiring = {}): SyncEngine {
  const options: SyncOptions = { ...DEFAULT_SYNC_OPTIONS, ...wiring.options };
  const runtime: EngineRuntime = { running: false, downloads: null, lastRun: null, failSafe: null };
  let current: Promise<SyncStatus> | null = null;
  const emit: EmitEvent = wiring.onEvent ?? (() => undefined);
  let lastProgressEvent = 0;

  const finish = (summary: SyncRunSummary | null, failure: unknown): void => {
    const at = ws.clock.now().toISOString();
    runtime.failSafe = failSafeOf(failure);
    if (summary) runtime.lastRun = summary;
    ws.db.transaction(() => {
      if (failure === null) recordSyncSuccess(ws.db, at);
      else {
        const error =
          failure instanceof AppError
            ? failure
            : new AppError('INTERNAL', 'Sync failed unexpectedly. Your local work is intact; try again.');
        recordSyncError(ws.db, error.code, error.message, at);
        if (isSignInError(failure)) markNeedsSignIn(ws.db);
      }
      if (summary) {
        const { startedAt: _s, finishedAt: _f, ...counts } = summary;
        recordAuditEvent(ws, { action: 'sync.completed', caseId: null, details: { ...counts, ok: failure === null } });
      }
    })();
    if (failure !== null && !(failure instanceof AppError)) {
      ws.log.error('Sync failed unexpectedly', { error: errorMessage(failure) });
    }
    if (summary && wiring.afterRun) {
      try {
        wiring.afterRun(summary);
      } catch (error) {
        ws.log.error('A step after sync failed', { error: errorMessage(error) });
      }
    }
  };

  const runOnce = async (acceptRemovals: boolean): Promise<SyncStatus> => {
    wiring.beforeRun?.();
    runtime.running = true;
    emit({ type: 'sync.changed', reason: 'run' });
    const onProgress = (p: DownloadProgress) => {
      runtime.downloads = p;
      const now = Date.now();
      if (now - lastProgressEvent < PROGRESS_EVENT_MS) return;
      lastProgressEvent = now;
      emit({ type: 'sync.changed', reason: 'run' });
    };
    try {
      const outcome = await runSync(ws, options, {
        acceptRemovals,
        onProgress,
        onEvent: emit,
        serverSawAuditHead: wiring.serverSawAuditHead,
      });
      finish(outcome.summary, outcome.failure);
    } catch (error) {
      if (error instanceof AppError && (error.code === 'NOT_FOUND' || error.code === 'UNAUTHORIZED')) throw error;
      finish(null, error);
    } finally {
      runtime.running = false;
      runtime.downloads = null;
      emit({ type: 'sync.changed', reason: 'run' });
    }
    return readSyncStatus(ws, runtime);
  };

  return {
    options,
    run(request = {}) {
      current ??= runOnce(request.acceptRemovals === true).finally(() => {
        current = null;
      });
      return current;
    },
    status: () => readSyncStatus(ws, runtime),
    isRunning: () => runtime.running,
  };
}
