import type { Queryable } from '../db';
import { SyncHttpError } from '../http';
import { findReviewerIdByTokenHash } from '../repositories';
import { hashToken } from './hashToken';

const CHALLENGE = { 'www-authenticate': 'Bearer realm="imr-sync"' };

/** Resolves `Authorization: Bearer <token>` to a reviewer id, or throws 401. */
export async function authenticateReviewer(
  q: Queryable,
  authorization: string | undefined,
  now: Date,
): Promise<string> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) {
    throw new SyncHttpError(
      'UNAUTHORIZED',
      'This request carries no reviewer token. Sign in to sync with your token.',
      {
        headers: CHALLENGE,
      },
    );
  }
  const reviewerId = await findReviewerIdByTokenHash(q, hashToken(match[1]), now.toISOString());
  if (!reviewerId) {
    throw new SyncHttpError(
      'UNAUTHORIZED',
      'Your reviewer token is unknown, expired or revoked. Ask your IMR organisation for a new token and sign in again.',
      { headers: CHALLENGE },
    );
  }
  return reviewerId;
}
