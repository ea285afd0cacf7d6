import type { Backend } from '../api/createBackend';
import type { Logger } from '../log/logger';
import { syncEngineFor } from './syncEngineFor';
import { startSyncScheduler, type SyncScheduler } from './startSyncScheduler';

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
