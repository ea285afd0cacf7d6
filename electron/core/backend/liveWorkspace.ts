import { AppError } from '../../../shared/ipc';
import type { Workspace } from '../workspace';
import type { Session } from '../session';

/** The workspace of whichever session is unlocked now, for transports that hold on to one object (record routes). */
export function liveWorkspace(session: Session): Workspace {
  const open = (): Workspace => {
    const ws = session.workspace();
    if (!ws) throw new AppError('SESSION_LOCKED', 'The workstation is locked. Unlock it to continue.');
    return ws;
  };
  return {
    get db() {
      return open().db;
    },
    get store() {
      return open().store;
    },
    get recordKeys() {
      return open().recordKeys;
    },
    get dataDir() {
      return open().dataDir;
    },
    get log() {
      return open().log;
    },
    get clock() {
      return open().clock;
    },
    get kind() {
      return open().kind;
    },
    close: () => session.close(),
  };
}
