import type { Queryable } from '../db';

export interface ReviewerRow {
  id: string;
  displayName: string;
  createdAt: string;
}

export async function insertReviewer(q: Queryable, reviewer: ReviewerRow): Promise<void> {
  await q
    .insertInto('reviewers')
    .values({ id: reviewer.id, display_name: reviewer.displayName, created_at: reviewer.createdAt })
    .execute();
}

export async function findReviewer(q: Queryable, id: string): Promise<ReviewerRow | null> {
  const row = await q
    .selectFrom('reviewers')
    .select(['id', 'display_name as displayName', 'created_at as createdAt'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}
