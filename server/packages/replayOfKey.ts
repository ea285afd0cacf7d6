import type { DeterminationReceipt } from '../../shared/sync';
import type { ServerDb } from '../db';
import { SyncHttpError } from '../http';
import { findIdempotencyKey, findPackageByReceipt } from '../repositories';

/** The receipt an earlier request with this key got, or 409 when the key came with another body. */
export function replayOfKey(
  db: ServerDb,
  reviewerId: string,
  key: string,
  bodySha256: string,
): DeterminationReceipt | null {
  const used = findIdempotencyKey(db, reviewerId, key);
  if (!used) return null;
  if (used.bodySha256 !== bodySha256) {
    throw new SyncHttpError(
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used for a different package. Use a new key for each package (retries of the same package keep theirs).',
    );
  }
  const stored = findPackageByReceipt(db, used.receiptId);
  if (!stored) throw new Error(`Idempotency key ${key} points at missing receipt ${used.receiptId}.`);
  return stored.receipt;
}
