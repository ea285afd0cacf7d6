import { AppError } from '../../../shared/ipc';
import type { WorkspaceServices } from '../services';
import { configureSync, enrolSync, readSyncCertificate, signOutSync } from '../sync';

import type { PartialHandlerTable } from './handlerTable';

export function syncHandlers({
  ws,
  sync,
  signingKeys,
}: WorkspaceServices): PartialHandlerTable<
  'sync.status' | 'sync.run' | 'sync.configure' | 'sync.enrol' | 'sync.certificate' | 'sync.signOut'
> {
  const idle = () => {
    if (sync.isRunning())
      throw new AppError('CONFLICT', 'A sync is running; wait for it to finish, then change the sign-in.');
  };
  return {
    'sync.status': () => sync.status(),
    'sync.run': ({ acceptRemovals }) => sync.run({ acceptRemovals: acceptRemovals === true }),
    'sync.configure': async ({ serverUrl, token }) => {
      idle();
      await configureSync(ws, serverUrl, token, sync.options);
      return sync.status();
    },
    'sync.enrol': async ({ serverUrl, code, passphrase }) => {
      idle();
      await enrolSync(ws, { serverUrl, code, passphrase }, signingKeys, sync.options);
      return sync.status();
    },
    'sync.certificate': () => readSyncCertificate(ws, signingKeys),
    'sync.signOut': () => {
      idle();
      signOutSync(ws);
      return sync.status();
    },
  };
}
