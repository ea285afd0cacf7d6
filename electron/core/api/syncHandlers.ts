import { AppError } from '../../../shared/ipc/appError';
import { configureSync } from '../sync/configureSync';
import { signOutSync } from '../sync/signOutSync';
import { syncEngineFor } from '../sync/syncEngineFor';
import type { Workspace } from '../workspace/workspace';
import type { PartialHandlerTable } from './handlerTable';

export function syncHandlers(ws: Workspace): PartialHandlerTable<'sync.status' | 'sync.run' | 'sync.configure' | 'sync.signOut'> {
  const engine = () => syncEngineFor(ws);
  const idle = () => {
    if (engine().isRunning()) throw new AppError('CONFLICT', 'A sync is running; wait for it to finish, then change the sign-in.');
  };
  return {
    'sync.status': () => engine().status(),
    'sync.run': ({ acceptRemovals }) => engine().run({ acceptRemovals: acceptRemovals === true }),
    'sync.configure': async ({ serverUrl, token }) => {
      idle();
      await configureSync(ws, serverUrl, token, engine().options);
      return engine().status();
    },
    'sync.signOut': () => {
      idle();
      signOutSync(ws);
      return engine().status();
    },
  };
}
