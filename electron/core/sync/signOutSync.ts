import { recordAuditEvent } from '../audit';
import type { Workspace } from '../workspace';
import { forgetSyncSession } from './syncAccount';

/** Forgets the token only: the server address, the cases, drafts and queued uploads all stay. */
export function signOutSync(ws: Workspace): void {
  ws.db.transaction(() => {
    forgetSyncSession(ws.db);
    recordAuditEvent(ws, {
      action: 'settings.changed',
      caseId: null,
      details: { setting: 'sync.session', signedIn: false },
    });
  })();
}
