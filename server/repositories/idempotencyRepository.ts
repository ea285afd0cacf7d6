import type { ServerDb } from '../db';

export interface IdempotencyRow {
  reviewerId: string;
  key: string;
  bodySha256: string;
  receiptId: string;
  createdAt: string;
}

export function findIdempotencyKey(db: ServerDb, reviewerId: string, key: string): IdempotencyRow | null {
  const row = db
    .prepare(
      `
    select
      reviewer_id as reviewerId,
      key,
      body_sha256 as bodySha256,
      receipt_id as receiptId,
      created_at as createdAt
    from
      idempotency_keys
    where
      reviewer_id = ?
      and key = ?
  `,
    )
    .get(reviewerId, key) as IdempotencyRow | undefined;
  return row ?? null;
}

export function insertIdempotencyKey(db: ServerDb, row: IdempotencyRow): void {
  db.prepare(
    'insert into idempotency_keys (reviewer_id, key, body_sha256, receipt_id, created_at) values (?, ?, ?, ?, ?)',
  ).run(row.reviewerId, row.key, row.bodySha256, row.receiptId, row.createdAt);
}
