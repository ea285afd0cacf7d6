import type { SyncRunSummary } from '../../../shared/ipc';
import type { DownloadProgress } from './downloadRecords';
import type { FailSafeVerdict } from './planAssignmentChanges';

/** What the engine knows only in memory: whether a sync runs now, its progress, and the last run's outcome. */
export interface EngineRuntime {
  running: boolean;
  downloads: DownloadProgress | null;
  lastRun: SyncRunSummary | null;
  failSafe: FailSafeVerdict | null;
}
