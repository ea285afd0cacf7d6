import { randomUUID } from 'node:crypto';
import type { PackageTransport } from '../../shared/domain';
import type { ServerDb } from '../db';
import { SyncHttpError } from '../http';
import type { BlobStorage } from '../storage';
import { checkUploadAllowed } from './checkUploadAllowed';
import { decodeTransport } from './decodeTransport';
import { replayOfKey } from './replayOfKey';
import { storeDetermination, type ReceiveResult } from './storeDetermination';
import { verifyUpload } from './verifyUpload';

/** Verifies and stores one uploaded package, exactly once per Idempotency-Key and once per package content. */
export async function receiveDetermination(
  db: ServerDb,
  storage: BlobStorage,
  reviewerId: string,
  idempotencyKey: string,
  body: PackageTransport,
  now: Date,
): Promise<ReceiveResult> {
  const decoded = decodeTransport(body);
  // A retry of a stored upload gets its receipt without verification; the lookup runs while the signatures are checked.
  const replay = replayOfKey(db.query, reviewerId, idempotencyKey, decoded.bodySha256);
  replay.catch(() => undefined);
  const verdict = await verifyUpload(decoded.files);
  const earlier = await replay;
  if (earlier) return { receipt: earlier, replayed: true };

  if (!verdict.valid || !verdict.manifest || !verdict.certificateSha256) {
    const first = verdict.problems[0];
    throw new SyncHttpError(
      'PACKAGE_INVALID',
      `The signed package failed verification${first ? ` (${first.file}: ${first.message})` : ''}. Nothing was stored; re-create the package from the app.`,
      { problems: verdict.problems },
    );
  }
  const { certificateSha256 } = verdict;
  const found = await checkUploadAllowed(db.query, reviewerId, verdict.manifest, verdict.signerId, certificateSha256);
  // Content-addressed and idempotent: if the transaction below fails, a retry stores the same two blobs again for free.
  const [letter, determination] = await Promise.all([
    storage.put(decoded.files['letter.pdf']),
    storage.put(decoded.files['determination.json']),
  ]);
  return storeDetermination(db, {
    receiptId: randomUUID(),
    reviewerId,
    idempotencyKey,
    caseId: found.id,
    manifest: verdict.manifest,
    decoded,
    certificateSha256,
    letterSha256: letter.sha256,
    determinationSha256: determination.sha256,
    now,
  });
}
