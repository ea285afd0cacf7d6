import type { Queryable } from '../db';

export interface TokenRow {
  tokenSha256: string;
  reviewerId: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export async function insertToken(q: Queryable, token: Omit<TokenRow, 'revokedAt'>): Promise<void> {
  await q
    .insertInto('tokens')
    .values({
      token_sha256: token.tokenSha256,
      reviewer_id: token.reviewerId,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
      revoked_at: null,
    })
    .execute();
}

/** The reviewer a live (unrevoked, unexpired) token belongs to. ISO-8601 UTC strings compare as text. */
export async function findReviewerIdByTokenHash(
  q: Queryable,
  tokenSha256: string,
  nowIso: string,
): Promise<string | null> {
  const row = await q
    .selectFrom('tokens')
    .select('reviewer_id')
    .where('token_sha256', '=', tokenSha256)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', nowIso)]))
    .executeTakeFirst();
  return row?.reviewer_id ?? null;
}

export async function revokeTokens(q: Queryable, reviewerId: string, nowIso: string): Promise<number> {
  const result = await q
    .updateTable('tokens')
    .set({ revoked_at: nowIso })
    .where('reviewer_id', '=', reviewerId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function revokeToken(q: Queryable, tokenSha256: string, nowIso: string): Promise<boolean> {
  const result = await q
    .updateTable('tokens')
    .set({ revoked_at: nowIso })
    .where('token_sha256', '=', tokenSha256)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

const COLUMNS = [
  'token_sha256 as tokenSha256',
  'reviewer_id as reviewerId',
  'created_at as createdAt',
  'expires_at as expiresAt',
  'revoked_at as revokedAt',
] as const;

/** Tokens whose hash starts with the given hex: the listing shows the first 12 digits as the token's id. */
export async function findTokensByHashPrefix(q: Queryable, prefix: string): Promise<TokenRow[]> {
  return q.selectFrom('tokens').select(COLUMNS).where('token_sha256', 'like', `${prefix}%`).execute();
}

export async function listTokens(q: Queryable, reviewerId?: string): Promise<TokenRow[]> {
  let query = q.selectFrom('tokens').select(COLUMNS);
  if (reviewerId) query = query.where('reviewer_id', '=', reviewerId);
  return query.orderBy('reviewer_id').orderBy('created_at').execute();
}

/** Forgets tokens that expired or were revoked before a time; they can never authenticate again. */
export async function deleteDeadTokens(q: Queryable, beforeIso: string): Promise<number> {
  const result = await q
    .deleteFrom('tokens')
    .where((eb) => eb.or([eb('expires_at', '<', beforeIso), eb('revoked_at', '<', beforeIso)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
