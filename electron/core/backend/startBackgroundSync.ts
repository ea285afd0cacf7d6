import type { Backend } from './createBackend';
import type { Logger } from '../log/logger';
import { syncEngineFor } from '../sync/syncEngineFor';
import { startSyncScheduler, type SyncScheduler } from '../sync/startSyncScheduler';

/** The back end's background sync (Electron and the browser shell): follows whichever workspace is unlocked. */
export function startBackendSync(backend: Backend, log: Logger): SyncScheduler {
  return startSyncScheduler({
    log,
    engine: () => {
      const ws = backend.session.workspace();
      return ws ? syncEngineFor(ws) : null;
    },
  });
}
