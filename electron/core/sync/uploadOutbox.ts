import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/ipc';
import { IDEMPOTENCY_KEY_HEADER, SYNC_ROUTES, determinationReceiptSchema } from '../../../shared/sync';

import { clearUploadProblems, listPendingUploads, markOutboxUploaded, parkUpload, type PendingUpload } from '../db';

import { absolutePackageDir } from '../packages';
import type { Workspace } from '../workspace';
import type { SyncClient } from './createSyncClient';
import { readPackageTransport } from './readPackageTransport';
import { retryWithBackoff, type RetryPolicy } from './retryWithBackoff';
import { runWithConcurrency } from './runWithConcurrency';
import { isSignInError, syncFailure, syncFailureDetails } from './syncFailure';

/** Server refusals the app cannot fix by retrying at once: the row keeps the server's words and is tried again next sync. */
const PERMANENT_STATUSES = new Set([400, 409, 413, 415, 422]);
/** Slow links still get a fair chance at a large letter. */
const UPLOAD_BYTES_PER_MS = 50;
/** Receipts are written in small batches; one lost with a crash is fetched again (same Idempotency-Key, same receipt). */
const RECEIPT_BATCH = 32;

export interface UploadOptions {
  concurrency: number;
  requestTimeoutMs: number;
  policy: RetryPolicy;
  shouldStop: () => boolean;
}

export interface UploadResult {
  uploaded: number;
  parked: number;
  failure: unknown;
}

interface Received {
  id: number;
  caseId: string;
  receiptJson: string;
}

/** Uploads every pending outbox row; a lost reply is retried with the same Idempotency-Key and gets the original receipt. */
export async function uploadOutbox(ws: Workspace, client: SyncClient, options: UploadOptions): Promise<UploadResult> {
  const result: UploadResult = { uploaded: 0, parked: 0, failure: null };
  let received: Received[] = [];
  const flush = () => {
    if (received.length === 0) return;
    const batch = received;
    received = [];
    ws.db.transaction(() => {
      markOutboxUploaded(ws.db, batch, ws.clock.now().toISOString());
      clearUploadProblems(
        ws.db,
        batch.map((r) => r.id),
      );
    })();
  };
  let signInFailed = false;
  try {
    await runWithConcurrency(
      listPendingUploads(ws.db),
      options.concurrency,
      async (row) => {
        try {
          const receipt = await uploadOne(ws, client, row, options);
          received.push(receipt);
          result.uploaded += 1;
          if (received.length >= RECEIPT_BATCH) flush();
        } catch (error) {
          const status = syncFailureDetails(error)?.status;
          const permanent =
            (status !== undefined && PERMANENT_STATUSES.has(status)) ||
            (error instanceof AppError && error.code === 'BAD_FILE');
          if (permanent && error instanceof AppError) {
            ws.db.transaction(() =>
              parkUpload(ws.db, row.id, error.code, error.message, ws.clock.now().toISOString()),
            )();
            result.parked += 1;
          }
          result.failure ??= error;
          if (isSignInError(error)) signInFailed = true;
        }
      },
      () => options.shouldStop() || signInFailed,
    );
  } finally {
    flush();
  }
  return result;
}

async function uploadOne(
  ws: Workspace,
  client: SyncClient,
  row: PendingUpload,
  options: UploadOptions,
): Promise<Received> {
  const transport = readPackageTransport(ws, absolutePackageDir(ws.dataDir, row.packageDir));
  const body = JSON.stringify(transport);
  const manifestSha = createHash('sha256').update(transport.manifestJson, 'utf8').digest('hex');
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: row.idempotencyKey },
    body,
  };
  const timeoutMs = options.requestTimeoutMs + Math.ceil(body.length / UPLOAD_BYTES_PER_MS);
  const reply = await retryWithBackoff(
    options.policy,
    () => client.json(SYNC_ROUTES.determinations, determinationReceiptSchema, init, timeoutMs),
    options.shouldStop,
  );
  const receipt = reply.value;
  if (receipt.packageSha256 !== manifestSha || receipt.caseId !== row.caseId) {
    throw syncFailure(
      'SERVER_REPLY_INVALID',
      `The server's receipt for ${receipt.caseNumber} names another package than the one sent. It stays queued; tell your IMR organisation.`,
      {
        status: reply.status,
        retryable: false,
      },
    );
  }
  return { id: row.id, caseId: row.caseId, receiptJson: JSON.stringify(receipt) };
}
