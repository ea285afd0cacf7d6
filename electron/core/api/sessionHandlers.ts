import type { MethodName } from '../../../shared/ipc';
import type { Session } from '../session';
import type { PartialHandlerTable } from './handlerTable';

export type SessionMethod = Extract<MethodName, `session.${string}`>;

/** The only methods that answer while the workstation is locked. */
export function sessionHandlers(session: Session): PartialHandlerTable<SessionMethod> {
  return {
    'session.status': () => session.status(),
    'session.setup': ({ passphrase }) => session.setup(passphrase),
    'session.unlock': ({ passphrase }) => session.unlock(passphrase),
    'session.lock': ({ reason }) => session.lock(reason ?? 'manual'),
    'session.activity': () => {
      session.activity();
      return { autoLockMinutes: session.status().autoLockMinutes };
    },
    'session.setAutoLock': ({ minutes }) => session.setAutoLock(minutes),
    'session.changePassphrase': ({ current, next, rekey }) => session.changePassphrase(current, next, rekey === true),
    'session.rekey': ({ passphrase }) => session.rekey(passphrase),
    'session.restoreBackup': ({ file, deliberate }) => session.restoreBackup(file, deliberate === true),
  };
}
