import type { AppErrorData, MethodName } from '../../../shared/ipc';

import type { Session } from '../session';

/** Runs after input validation, before any handler: while locked, only session methods pass. */
export function sessionGate(session: Session): (method: MethodName) => AppErrorData | null {
  return (method) => {
    if (method.startsWith('session.')) return null;
    if (session.workspace()) {
      session.activity();
      return null;
    }
    const status = session.status();
    if (status.state === 'restore')
      return {
        code: 'DB_CORRUPT',
        message: status.message ?? 'The workspace database is damaged; restore a backup to continue.',
      };
    return {
      code: 'SESSION_LOCKED',
      message:
        status.state === 'setup'
          ? 'Choose a passphrase to protect this workspace first.'
          : 'The workstation is locked. Unlock it to continue.',
    };
  };
}
