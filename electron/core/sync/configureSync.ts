import { AppError, type LocalWork } from '../../../shared/ipc';
import { SYNC_PROTOCOL_VERSION, SYNC_ROUTES, meResponseSchema, type MeResponse } from '../../../shared/sync';

import { recordAuditEvent } from '../audit';
import { createVerifiedBackup } from '../backup';
import { clearSyncError, countCases, deleteAllCases, listLocalWork, saveSyncCursor } from '../db';

import { backupDirOf, type Workspace } from '../workspace';
import { auditHeadValue } from './auditHeadValue';
import { checkServerUrl } from './checkServerUrl';
import { createSyncClient } from './createSyncClient';
import { readSyncAccount, writeSyncAccount } from './syncAccount';
import type { SyncOptions } from './syncOptions';

const SIGN_IN_TIMEOUT_MS = 15_000;

export interface SignInResult {
  me: MeResponse;
  /** The demo cases were replaced: how many, and the backup of the workspace taken just before. */
  replacedDemo: { cases: number; backup: string } | null;
}

/**
 * Signs in: GET /v1/me must accept the token before anything is saved. The first sign-in on the demo workspace
 * replaces the demo cases: refused while they hold the reviewer's own work (signed and not uploaded, edited,
 * imported records) unless `replaceLocalWork`, and always after a verified backup of the whole workspace. Another
 * server or reviewer starts the assignment feed from scratch.
 */
export async function configureSync(
  ws: Workspace,
  serverUrlText: string,
  token: string,
  options: SyncOptions,
  replaceLocalWork = false,
): Promise<SignInResult> {
  const serverUrl = checkServerUrl(serverUrlText);
  refuseReplacingLocalWork(ws, replaceLocalWork);
  const replacing = readSyncAccount(ws.db).serverUrl === null;
  const atRisk = replacing ? listLocalWork(ws.db) : [];
  const client = createSyncClient(
    serverUrl,
    token,
    { ...options, requestTimeoutMs: Math.min(options.requestTimeoutMs, SIGN_IN_TIMEOUT_MS) },
    { head: () => auditHeadValue(ws) },
  );
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
  const cases = replacing ? countCases(ws.db) : 0;
  const backup =
    cases > 0 ? createVerifiedBackup(ws.db, backupDirOf(ws.dataDir), 'before-sign-in', ws.clock.now()).file : null;
  ws.db.transaction(() => {
    const before = readSyncAccount(ws.db);
    if (before.serverUrl === null && listLocalWork(ws.db).length > atRisk.length)
      throw new AppError('CONFLICT', 'Work was saved on the demo cases while signing in; sign in again to review it.');
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
      details: {
        setting: 'sync.server',
        signedIn: true,
        replacedDemo: before.serverUrl === null,
        ...(backup ? { casesReplaced: cases, backup, workReplaced: atRisk.length } : {}),
      },
    });
  })();
  return { me, replacedDemo: backup ? { cases, backup } : null };
}

/** Signing in for the first time replaces the demo cases: refused while they hold the reviewer's work, unless told. */
export function refuseReplacingLocalWork(ws: Workspace, replaceLocalWork: boolean): void {
  if (replaceLocalWork || readSyncAccount(ws.db).serverUrl !== null) return;
  const atRisk = listLocalWork(ws.db);
  if (atRisk.length > 0) throw workAtRiskError(atRisk);
}

function workAtRiskError(cases: LocalWork[]): AppError {
  const described = cases.map((c) => {
    const parts = [
      c.signedNotUploaded > 0
        ? `${c.signedNotUploaded} signed version${c.signedNotUploaded === 1 ? '' : 's'} never uploaded`
        : '',
      c.editedDraft ? 'your edited determination' : '',
      c.importedDocuments > 0
        ? `${c.importedDocuments} record${c.importedDocuments === 1 ? '' : 's'} you imported`
        : '',
    ].filter(Boolean);
    return `${c.caseNumber} (${parts.join(', ')})`;
  });
  return new AppError(
    'CONFLICT',
    `Signing in replaces the demo cases, and these hold your work, which would be lost: ${described.join('; ')}. Export it first, or confirm that it may be replaced (a backup of the whole workspace is kept either way).`,
    { kind: 'localWorkAtRisk', cases },
  );
}
