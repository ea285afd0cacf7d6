import type { Queryable } from '../db';

export interface AuthFailureRow {
  clientKey: string;
  windowStartedAt: string;
  failures: number;
  blockedUntil: string | null;
}

export async function findAuthFailures(q: Queryable, clientKey: string): Promise<AuthFailureRow | null> {
  const row = await q
    .selectFrom('auth_failures')
    .select([
      'client_key as clientKey',
      'window_started_at as windowStartedAt',
      'failures',
      'blocked_until as blockedUntil',
    ])
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
  return row ?? null;
}

export async function saveAuthFailures(q: Queryable, row: AuthFailureRow): Promise<void> {
  const values = { window_started_at: row.windowStartedAt, failures: row.failures, blocked_until: row.blockedUntil };
  await q
    .insertInto('auth_failures')
    .values({ client_key: row.clientKey, ...values })
    .onConflict((c) => c.column('client_key').doUpdateSet(values))
    .execute();
}

/** Drops counters whose window and block both ended before a time. */
export async function deleteStaleAuthFailures(q: Queryable, beforeIso: string): Promise<number> {
  const result = await q
    .deleteFrom('auth_failures')
    .where('window_started_at', '<', beforeIso)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', beforeIso)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
