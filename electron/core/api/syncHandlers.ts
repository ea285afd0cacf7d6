import { AppError } from '../../../shared/ipc';
import type { WorkspaceServices } from '../services';
import { configureSync, enrolSync, exportLocalWork, readSyncCertificate, signOutSync } from '../sync';
import { listLocalWork } from '../db';

import type { PartialHandlerTable } from './handlerTable';

export function syncHandlers({
  ws,
  sync,
  requireProtectedKey,
  signingKeys,
}: WorkspaceServices): PartialHandlerTable<
  | 'sync.status'
  | 'sync.run'
  | 'sync.configure'
  | 'sync.enrol'
  | 'sync.certificate'
  | 'sync.signOut'
  | 'sync.localWork'
  | 'sync.exportLocalWork'
> {
  const idle = () => {
    if (sync.isRunning())
      throw new AppError('CONFLICT', 'A sync is running; wait for it to finish, then change the sign-in.');
  };
  return {
    'sync.status': () => sync.status(),
    'sync.run': ({ acceptRemovals }) => sync.run({ acceptRemovals: acceptRemovals === true }),
    'sync.configure': async ({ serverUrl, token, replaceLocalWork }) => {
      idle();
      requireProtectedKey('sign in to a server');
      const { replacedDemo } = await configureSync(ws, serverUrl, token, sync.options, replaceLocalWork === true);
      return { ...sync.status(), replacedDemo };
    },
    'sync.localWork': () => (sync.status().configured ? [] : listLocalWork(ws.db)),
    'sync.exportLocalWork': ({ targetDir }) => exportLocalWork(ws, targetDir),
    'sync.enrol': async ({ serverUrl, code, passphrase, replaceLocalWork }) => {
      idle();
      requireProtectedKey('sign in to a server');
      const { replacedDemo } = await enrolSync(
        ws,
        { serverUrl, code, passphrase, replaceLocalWork: replaceLocalWork === true },
        signingKeys,
        sync.options,
      );
      return { ...sync.status(), replacedDemo };
    },
    'sync.certificate': () => readSyncCertificate(ws, signingKeys),
    'sync.signOut': () => {
      idle();
      signOutSync(ws);
      return sync.status();
    },
  };
}
