import { AppError } from '../../shared/ipc';
import type { ServerDb } from '../db';
import { findReviewer, insertReviewer } from '../repositories';

const REVIEWER_ID = /^[A-Za-z0-9._-]{1,100}$/;

export function createReviewer(db: ServerDb, id: string, displayName: string, now: Date): Promise<void> {
  if (!REVIEWER_ID.test(id)) {
    throw new AppError(
      'INVALID_INPUT',
      `"${id}" is not a usable reviewer id: use 1-100 letters, digits, ".", "_" or "-" (e.g. RVW-0001).`,
    );
  }
  return db.write(async (tx) => {
    if (await findReviewer(tx, id)) throw new AppError('CONFLICT', `Reviewer ${id} already exists.`);
    await insertReviewer(tx, { id, displayName, createdAt: now.toISOString() });
  });
}
