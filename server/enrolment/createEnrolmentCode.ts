import { randomInt } from 'node:crypto';
import { addHours } from 'date-fns';
import { AppError } from '../../shared/ipc';
import type { ServerDb } from '../db';
import { findReviewer, insertEnrolmentCode } from '../repositories';
import { hashEnrolmentCode } from './hashEnrolmentCode';

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const DEFAULT_ENROLMENT_HOURS = 72;

export interface EnrolmentCode {
  /** Shown once, e.g. 7KQ2-M9XD-4RTA (60 random bits); only its hash is stored. */
  code: string;
  reviewerId: string;
  expiresAt: string;
}

/** A one-time code that lets a reviewer's app sign in and register its certificate. */
export async function createEnrolmentCode(
  db: ServerDb,
  reviewerId: string,
  options: { now: Date; validHours?: number },
): Promise<EnrolmentCode> {
  const plain = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  const expiresAt = addHours(options.now, options.validHours ?? DEFAULT_ENROLMENT_HOURS).toISOString();
  await db.write(async (tx) => {
    if (!(await findReviewer(tx, reviewerId))) {
      throw new AppError(
        'NOT_FOUND',
        `There is no reviewer ${reviewerId}. Create it first with: create-reviewer ${reviewerId}`,
      );
    }
    await insertEnrolmentCode(tx, {
      codeSha256: hashEnrolmentCode(plain),
      reviewerId,
      createdAt: options.now.toISOString(),
      expiresAt,
    });
  });
  return { code: plain.match(/.{4}/g)?.join('-') ?? plain, reviewerId, expiresAt };
}
