import type { SyncRunSummary } from '../../../shared/ipc/contracts/syncContract';
import type { Workspace } from '../workspace/workspace';
import { errorMessage } from '../../../shared/errorMessage';

type Listener = (summary: SyncRunSummary) => void;

const listeners = new WeakMap<Workspace, Set<Listener>>();

/** Calls `listener` after every sync run of this workspace that got a summary (however the run was started). */
export function onSyncFinished(ws: Workspace, listener: Listener): () => void {
  const set = listeners.get(ws) ?? new Set<Listener>();
  listeners.set(ws, set);
  set.add(listener);
  return () => set.delete(listener);
}

export function notifySyncFinished(ws: Workspace, summary: SyncRunSummary): void {
  for (const listener of listeners.get(ws) ?? []) {
    try {
      listener(summary);
    } catch (error) {
      ws.log.error('A step after sync failed', { error: errorMessage(error) });
    }
  }
}
