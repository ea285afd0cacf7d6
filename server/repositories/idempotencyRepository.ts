import type { Queryable } from '../db';

export interface IdempotencyRow {
  reviewerId: string;
  key: string;
  bodySha256: string;
  receiptId: string;
  createdAt: string;
}

export async function findIdempotencyKey(
  q: Queryable,
  reviewerId: string,
  key: string,
): Promise<IdempotencyRow | null> {
  const row = await q
    .selectFrom('idempotency_keys')
    .select([
      'reviewer_id as reviewerId',
      'key',
      'body_sha256 as bodySha256',
      'receipt_id as receiptId',
      'created_at as createdAt',
    ])
    .where('reviewer_id', '=', reviewerId)
    .where('key', '=', key)
    .executeTakeFirst();
  return row ?? null;
}

export async function insertIdempotencyKey(q: Queryable, row: IdempotencyRow): Promise<void> {
  await q
    .insertInto('idempotency_keys')
    .values({
      reviewer_id: row.reviewerId,
      key: row.key,
      body_sha256: row.bodySha256,
      receipt_id: row.receiptId,
      created_at: row.createdAt,
    })
    .execute();
}
