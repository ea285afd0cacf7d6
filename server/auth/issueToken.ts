import { randomBytes } from 'node:crypto';
import { addDays } from 'date-fns';
import { AppError } from '../../shared/ipc';
import type { Queryable, ServerDb } from '../db';
import { findReviewer, insertToken } from '../repositories';

import { hashToken } from './hashToken';

export interface IssuedToken {
  token: string;
  reviewerId: string;
  expiresAt: string | null;
}

/** How long a token is valid when nothing else is said (IMR_TOKEN_DAYS overrides it). */
export const DEFAULT_TOKEN_DAYS = 90;

export interface TokenOptions {
  now: Date;
  /** Days until it expires; null makes a token that lives until revoked (only tests and the demo ask for one). */
  validDays: number | null;
}

/** Creates a bearer token for a reviewer inside the caller's transaction; the plain token is returned once and never stored. */
export async function insertNewToken(tx: Queryable, reviewerId: string, options: TokenOptions): Promise<IssuedToken> {
  if (!(await findReviewer(tx, reviewerId))) {
    throw new AppError(
      'NOT_FOUND',
      `There is no reviewer ${reviewerId}. Create it first with: create-reviewer ${reviewerId}`,
    );
  }
  const token = `imr_${randomBytes(32).toString('base64url')}`;
  const expiresAt = options.validDays === null ? null : addDays(options.now, options.validDays).toISOString();
  await insertToken(tx, { tokenSha256: hashToken(token), reviewerId, createdAt: options.now.toISOString(), expiresAt });
  return { token, reviewerId, expiresAt };
}

export function issueToken(
  db: ServerDb,
  reviewerId: string,
  options: { now: Date; validDays?: number | null },
): Promise<IssuedToken> {
  return db.write((tx) =>
    insertNewToken(tx, reviewerId, { now: options.now, validDays: options.validDays ?? DEFAULT_TOKEN_DAYS }),
  );
}
