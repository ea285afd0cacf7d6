import { sql } from 'kysely';
import type { MetaKey, Queryable } from '../db';

export async function getMeta(q: Queryable, key: MetaKey): Promise<string> {
  const row = await q.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  if (!row) throw new Error(`The server database has no ${key}; it was not created by this server.`);
  return row.value;
}

export async function setMeta(q: Queryable, key: MetaKey, value: string): Promise<void> {
  await q
    .insertInto('meta')
    .values({ key, value })
    .onConflict((c) => c.column('key').doUpdateSet({ value }))
    .execute();
}

/**
 * Adds to a numeric meta value and returns the new value. The row stays locked until the transaction ends, so two
 * writers take turns and their numbers commit in the order they were handed out.
 */
export async function incrementMeta(q: Queryable, key: MetaKey, by: number): Promise<number> {
  const row = await q
    .updateTable('meta')
    .set({ value: sql<string>`cast(cast(value as bigint) + ${by} as text)` })
    .where('key', '=', key)
    .returning('value')
    .executeTakeFirst();
  if (!row) throw new Error(`The server database has no ${key}; it was not created by this server.`);
  return Number(row.value);
}
