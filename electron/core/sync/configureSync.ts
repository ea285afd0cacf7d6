import { AppError } from '../../../shared/ipc';
import { SYNC_PROTOCOL_VERSION, SYNC_ROUTES, meResponseSchema, type MeResponse } from '../../../shared/sync';

import { recordAuditEvent } from '../audit';
import { clearSyncError, deleteAllCases, saveSyncCursor } from '../db';

import type { Workspace } from '../workspace';
import { checkServerUrl } from './checkServerUrl';
import { createSyncClient } from './createSyncClient';
import { readSyncAccount, writeSyncAccount } from './syncAccount';
import type { SyncOptions } from './syncOptions';

const SIGN_IN_TIMEOUT_MS = 15_000;

/**
 * Signs in: GET /v1/me must accept the token before anything is saved. The first sign-in on the demo workspace
 * replaces the synthetic demo cases; another server or reviewer starts the assignment feed from scratch.
 */
export async function configureSync(
  ws: Workspace,
  serverUrlText: string,
  token: string,
  options: SyncOptions,
): Promise<MeResponse> {
  const serverUrl = checkServerUrl(serverUrlText);
  const client = createSyncClient(serverUrl, token, {
    ...options,
    requestTimeoutMs: Math.min(options.requestTimeoutMs, SIGN_IN_TIMEOUT_MS),
  });
  let me: MeResponse;
  try {
    me = (await client.json(SYNC_ROUTES.me, meResponseSchema)).value;
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNAUTHORIZED') {
      throw new AppError(
        'UNAUTHORIZED',
        'The server did not accept this token. Check it, or ask your IMR organisation for a new one.',
      );
    }
    throw error;
  }
  if (me.protocolVersion !== SYNC_PROTOCOL_VERSION) {
    throw new AppError(
      'SERVER_REPLY_INVALID',
      `The server speaks sync protocol ${me.protocolVersion}; this app speaks ${SYNC_PROTOCOL_VERSION}. Update the app or ask your IMR organisation.`,
    );
  }
  const at = ws.clock.now().toISOString();
  ws.db.transaction(() => {
    const before = readSyncAccount(ws.db);
    if (before.serverUrl === null) deleteAllCases(ws.db);
    if (before.serverUrl !== serverUrl || before.session?.reviewerId !== me.reviewerId) saveSyncCursor(ws.db, null);
    writeSyncAccount(ws.db, serverUrl, {
      token,
      reviewerId: me.reviewerId,
      displayName: me.displayName,
      signedInAt: at,
      needsSignIn: false,
    });
    clearSyncError(ws.db);
    recordAuditEvent(ws, {
      action: 'settings.changed',
      caseId: null,
      details: { setting: 'sync.server', signedIn: true, replacedDemo: before.serverUrl === null },
    });
  })();
  return me;
}
