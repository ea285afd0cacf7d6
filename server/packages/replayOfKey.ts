import type { DeterminationReceipt } from '../../shared/sync';
import type { Queryable } from '../db';
import { SyncHttpError } from '../http';
import { findIdempotencyKey, findPackageByReceipt, type StoredPackageRef } from '../repositories';

/** The earlier receipt for a key used again, or 409 when the key came with another body. */
export function checkKeyReplay(
  used: { bodySha256: string; receipt: StoredPackageRef },
  bodySha256: string,
): DeterminationReceipt {
  if (used.bodySha256 !== bodySha256) throw keyReused();
  return used.receipt.receipt;
}

const keyReused = () =>
  new SyncHttpError(
    'IDEMPOTENCY_KEY_REUSED',
    'This Idempotency-Key was already used for a different package. Use a new key for each package (retries of the same package keep theirs).',
  );

/** The receipt an earlier request with this key got, or 409 when the key came with another body. */
export async function replayOfKey(
  q: Queryable,
  reviewerId: string,
  key: string,
  bodySha256: string,
): Promise<DeterminationReceipt | null> {
  const used = await findIdempotencyKey(q, reviewerId, key);
  if (!used) return null;
  if (used.bodySha256 !== bodySha256) throw keyReused();
  const stored = await findPackageByReceipt(q, used.receiptId);
  if (!stored) throw new Error(`Idempotency key ${key} points at missing receipt ${used.receiptId}.`);
  return stored.receipt;
}
