import { AppError } from '../../../shared/ipc/appError';
import { readSetting } from '../db/repositories/settingsRepository';
import type { Workspace } from '../workspace/workspace';
import { resetDemoWorkspace } from '../demo/seedDemoWorkspace';
import type { PartialHandlerTable } from './handlerTable';

export const APP_VERSION = '0.1.0';

export function appHandlers(ws: Workspace, transport: 'electron' | 'shell' | 'in-process'): PartialHandlerTable<'app.info' | 'demo.reset'> {
  return {
    'app.info': () => ({ version: APP_VERSION, workspaceKind: isSynced(ws) ? 'synced' : 'demo', transport, today: ws.clock.today() }),
    'demo.reset': async () => {
      if (isSynced(ws)) {
        throw new AppError('CONFLICT', 'This workspace is connected to a sync server: resetting the demo would discard your assigned cases. Sign out of sync first if you really want the demo.');
      }
      return { caseCount: await resetDemoWorkspace(ws) };
    },
  };
}

/** Read live: signing in to a server turns the demo workspace into a synced one without a restart. */
function isSynced(ws: Workspace): boolean {
  return readSetting(ws.db, 'sync.server') !== undefined;
}
