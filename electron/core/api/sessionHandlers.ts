import type { MethodName } from '../../../shared/ipc';
import type { Session } from '../session';
import type { PartialHandlerTable } from './handlerTable';

export type SessionMethod = Extract<MethodName, `session.${string}`>;

/**
 * The only methods that answer while the workstation is locked. `opened` runs after a call that may have opened
 * a workspace, so its services (and their background work) start at once.
 */
export function sessionHandlers(
  session: Session,
  opened: () => void = () => undefined,
): PartialHandlerTable<SessionMethod> {
  const thenOpened = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    opened();
    return result;
  };
  return {
    'session.status': () => session.status(),
    'session.setup': ({ passphrase }) => thenOpened(session.setup(passphrase)),
    'session.unlock': ({ passphrase }) => thenOpened(session.unlock(passphrase)),
    'session.lock': ({ reason }) => session.lock(reason ?? 'manual'),
    'session.activity': () => {
      session.activity();
      return { autoLockMinutes: session.status().autoLockMinutes };
    },
    'session.setAutoLock': ({ minutes }) => session.setAutoLock(minutes),
    'session.changePassphrase': ({ current, next, rekey }) =>
      thenOpened(session.changePassphrase(current, next, rekey === true)),
    'session.rekey': ({ passphrase }) => thenOpened(session.rekey(passphrase)),
    'session.restoreBackup': ({ file, deliberate }) => thenOpened(session.restoreBackup(file, deliberate === true)),
  };
}
