import type { SyncFlag, SyncReceipt, SyncStatus } from '../../../shared/ipc';
import { determinationReceiptSchema } from '../../../shared/sync';
import {
  countPendingUploads,
  listCaseFlags,
  listRecentReceipts,
  listUploadProblems,
  readSyncState,
  type SyncFlagRow,
} from '../db';

import type { Workspace } from '../workspace';
import type { EngineRuntime } from './engineRuntime';
import { readSyncAccount } from './syncAccount';

const RECENT_RECEIPTS = 20;

function flagMessage(flag: SyncFlagRow): string {
  const kept = 'Your draft is kept here, read-only; nothing was deleted.';
  if (flag.kind === 'withdrawn')
    return `${flag.caseNumber} was withdrawn by the IMR organisation (${flag.reason}). ${kept}`;
  if (flag.kind === 'reassigned')
    return `${flag.caseNumber} was reassigned to another reviewer (${flag.reason}). ${kept}`;
  return `${flag.caseNumber}: ${flag.reason}`;
}

function toReceipt(row: { caseId: string; caseNumber: string; receiptJson: string }): SyncReceipt | null {
  try {
    const receipt = determinationReceiptSchema.parse(JSON.parse(row.receiptJson));
    return {
      caseId: row.caseId,
      caseNumber: row.caseNumber,
      receiptId: receipt.receiptId,
      receivedAt: receipt.receivedAt,
      determinationVersion: receipt.determinationVersion,
    };
  } catch {
    return null;
  }
}

export function readSyncStatus(ws: Workspace, runtime: EngineRuntime): SyncStatus {
  const account = readSyncAccount(ws.db);
  const state = readSyncState(ws.db);
  const flags: SyncFlag[] = listCaseFlags(ws.db).map((f) => ({
    caseId: f.caseId,
    caseNumber: f.caseNumber,
    kind: f.kind,
    message: flagMessage(f),
    flaggedAt: f.flaggedAt,
  }));
  return {
    configured: account.serverUrl !== null,
    serverUrl: account.serverUrl,
    reviewer: account.session
      ? { reviewerId: account.session.reviewerId, displayName: account.session.displayName }
      : null,
    needsSignIn: account.serverUrl !== null && (account.session === null || account.session.needsSignIn),
    running: runtime.running,
    lastSyncAt: state.lastSuccessAt,
    pendingUploads: countPendingUploads(ws.db),
    downloads: runtime.downloads,
    lastError: state.lastError,
    lastRun: runtime.lastRun,
    failSafe: runtime.failSafe,
    uploadProblems: listUploadProblems(ws.db).map((p) => ({ caseNumber: p.caseNumber, message: p.message })),
    flaggedCases: flags,
    recentReceipts: listRecentReceipts(ws.db, RECENT_RECEIPTS).flatMap((r) => toReceipt(r) ?? []),
  };
}
