import type { Queryable } from '../db';

/** The audit-trail head a reviewer's workspace sent last (`<event id>:<sha256>`), and when. */
export interface SeenAuditHead {
  eventId: number;
  hash: string;
  seenAt: string;
}

export async function findAuditHead(q: Queryable, reviewerId: string, chain: string): Promise<SeenAuditHead | null> {
  const row = await q
    .selectFrom('audit_heads')
    .select(['event_id as eventId', 'hash', 'seen_at as seenAt'])
    .where('reviewer_id', '=', reviewerId)
    .where('chain', '=', chain)
    .executeTakeFirst();
  return row ? { ...row, eventId: Number(row.eventId) } : null;
}

/** Keeps the head a trail sent last (the reply to its next request tells the app what was kept before). */
export async function keepAuditHead(
  q: Queryable,
  reviewerId: string,
  chain: string,
  head: SeenAuditHead,
): Promise<void> {
  await q
    .insertInto('audit_heads')
    .values({ reviewer_id: reviewerId, chain, event_id: head.eventId, hash: head.hash, seen_at: head.seenAt })
    .onConflict((oc) =>
      oc
        .columns(['reviewer_id', 'chain'])
        .doUpdateSet({ event_id: head.eventId, hash: head.hash, seen_at: head.seenAt }),
    )
    .execute();
}
