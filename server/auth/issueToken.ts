import { randomBytes } from 'node:crypto';
import { addDays } from 'date-fns';
import { AppError } from '../../shared/ipc';
import type { ServerDb } from '../db';
import { findReviewer, insertToken } from '../repositories';

import { hashToken } from './hashToken';

export interface IssuedToken {
  token: string;
  reviewerId: string;
  expiresAt: string | null;
}

/** Creates a bearer token for a reviewer; the plain token is returned once and never stored. */
export function issueToken(
  db: ServerDb,
  reviewerId: string,
  options: { now: Date; validDays?: number | null },
): IssuedToken {
  if (!findReviewer(db, reviewerId)) {
    throw new AppError(
      'NOT_FOUND',
      `There is no reviewer ${reviewerId}. Create it first with: create-reviewer ${reviewerId}`,
    );
  }
  const token = `imr_${randomBytes(32).toString('base64url')}`;
  const expiresAt = options.validDays ? addDays(options.now, options.validDays).toISOString() : null;
  insertToken(db, { tokenSha256: hashToken(token), reviewerId, createdAt: options.now.toISOString(), expiresAt });
  return { token, reviewerId, expiresAt };
}
