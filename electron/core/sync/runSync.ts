import { AppError, type SyncRunSummary } from '../../../shared/ipc';

import { listDocumentsWithFile } from '../db';
import type { EmitEvent } from '../events';
import type { Workspace } from '../workspace';
import { auditHeadValue } from './auditHeadValue';
import { createSyncClient } from './createSyncClient';
import { downloadRecords, type DownloadProgress } from './downloadRecords';
import { pullAssignments, type PullResult } from './pullAssignments';
import { readSyncAccount } from './syncAccount';
import { isSignInError } from './syncFailure';
import type { SyncOptions } from './syncOptions';
import { uploadOutbox } from './uploadOutbox';

export interface RunControl {
  acceptRemovals: boolean;
  onProgress: (progress: DownloadProgress) => void;
  /** Tells the window what this run changed as it goes: cases after the feed, each case's records as they arrive. */
  onEvent: EmitEvent;
  /** The furthest audit head the server kept for this workspace's trail (see adoptServerAuditHead). */
  serverSawAuditHead?: (value: string) => void;
}

export interface RunOutcome {
  summary: SyncRunSummary;
  /** The first thing that went wrong; the steps after it still ran unless sign-in failed or the fail-safe stopped the feed. */
  failure: unknown;
}

/** One sync: upload the outbox, then apply the assignment feed, then fetch missing records. */
export async function runSync(ws: Workspace, options: SyncOptions, control: RunControl): Promise<RunOutcome> {
  const account = readSyncAccount(ws.db);
  if (!account.serverUrl)
    throw new AppError(
      'NOT_FOUND',
      'No sync server is set up. Open Sync settings and sign in with the address and token from your IMR organisation.',
    );
  if (!account.session || account.session.needsSignIn)
    throw new AppError('UNAUTHORIZED', 'Sign in again in Sync settings to sync.');

  const startedAt = ws.clock.now().toISOString();
  const client = createSyncClient(account.serverUrl, account.session.token, options, {
    head: () => auditHeadValue(ws),
    serverSaw: control.serverSawAuditHead,
  });
  const policy = options;
  let failure: unknown = null;
  const stopped = () => isSignInError(failure);

  const upload = await uploadOutbox(ws, client, { ...options, policy, shouldStop: stopped });
  failure ??= upload.failure;
  let pull: PullResult = { casesUpdated: 0, casesRemoved: 0, casesFlagged: 0, fullResync: false };
  let downloaded = 0;
  if (!stopped()) {
    try {
      pull = await pullAssignments(ws, client, {
        pageSize: options.feedPageSize,
        policy,
        acceptRemovals: control.acceptRemovals,
        shouldStop: stopped,
      });
    } catch (error) {
      failure ??= error;
    }
    if (pull.casesUpdated + pull.casesRemoved + pull.casesFlagged > 0)
      control.onEvent({ type: 'cases.changed', caseIds: [] });
  }
  if (!stopped()) {
    const download = await downloadRecords(ws, client, {
      ...options,
      policy,
      shouldStop: stopped,
      onProgress: control.onProgress,
      onStored: (sha256) => {
        const byCase = new Map<string, string[]>();
        for (const doc of listDocumentsWithFile(ws.db, sha256))
          byCase.set(doc.caseId, [...(byCase.get(doc.caseId) ?? []), doc.id]);
        for (const [caseId, documentIds] of byCase) control.onEvent({ type: 'records.changed', caseId, documentIds });
      },
    });
    downloaded = download.downloaded;
    failure ??= download.failure;
  }
  return {
    summary: {
      startedAt,
      finishedAt: ws.clock.now().toISOString(),
      uploaded: upload.uploaded,
      ...pull,
      recordsDownloaded: downloaded,
    },
    failure,
  };
}
