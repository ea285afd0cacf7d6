import type { ServerDb } from '../db';

export interface TokenRow {
  tokenSha256: string;
  reviewerId: string;
  createdAt: string;
  expiresAt: string | null;
}

export function insertToken(db: ServerDb, token: TokenRow): void {
  db.prepare('insert into tokens (token_sha256, reviewer_id, created_at, expires_at) values (?, ?, ?, ?)').run(
    token.tokenSha256,
    token.reviewerId,
    token.createdAt,
    token.expiresAt,
  );
}

/** The reviewer a live (unrevoked, unexpired) token belongs to. ISO-8601 UTC strings compare as text. */
export function findReviewerIdByTokenHash(db: ServerDb, tokenSha256: string, nowIso: string): string | null {
  const row = db
    .prepare(
      `
    select
      reviewer_id as reviewerId
    from
      tokens
    where
      token_sha256 = ?
      and revoked_at is null
      and (
        expires_at is null
        or expires_at > ?
      )
  `,
    )
    .get(tokenSha256, nowIso) as { reviewerId: string } | undefined;
  return row?.reviewerId ?? null;
}

export function revokeTokens(db: ServerDb, reviewerId: string, nowIso: string): number {
  return db
    .prepare('update tokens set revoked_at = ? where reviewer_id = ? and revoked_at is null')
    .run(nowIso, reviewerId).changes;
}
