import { AppError } from '../../shared/ipc';
import type { Queryable, ServerDb } from '../db';
import { findCertificate, findReviewer, insertCertificate } from '../repositories';

import { certificateFingerprint, type CertificateFacts } from './certificateFingerprint';
import { errorMessage } from '../../shared/errorMessage';

/** Reads and checks a reviewer's certificate: a PEM certificate issued to (CN =) the reviewer id, not expired. */
export function checkReviewerCertificate(reviewerId: string, pem: string, now: Date): CertificateFacts {
  let facts: CertificateFacts;
  try {
    facts = certificateFingerprint(pem);
  } catch (error) {
    throw new AppError('BAD_FILE', `This is not a PEM certificate: ${errorMessage(error)}`);
  }
  if (facts.commonName !== reviewerId) {
    throw new AppError(
      'BAD_FILE',
      `The certificate subject (${facts.subject.replaceAll('\n', ', ')}) is not issued to reviewer ${reviewerId} (its CN must be the reviewer id).`,
    );
  }
  if (facts.notAfter <= now.toISOString()) {
    throw new AppError('BAD_FILE', `The certificate expired on ${facts.notAfter}; the reviewer needs a new one.`);
  }
  return facts;
}

/** Inside the caller's transaction: packages signed with this certificate may come from this reviewer (and no one else). */
export async function insertReviewerCertificate(
  tx: Queryable,
  reviewerId: string,
  pem: string,
  now: Date,
): Promise<CertificateFacts> {
  if (!(await findReviewer(tx, reviewerId))) {
    throw new AppError(
      'NOT_FOUND',
      `There is no reviewer ${reviewerId}. Create it first with: create-reviewer ${reviewerId}`,
    );
  }
  const facts = checkReviewerCertificate(reviewerId, pem, now);
  const existing = await findCertificate(tx, facts.sha256);
  if (existing && existing.reviewerId !== reviewerId) {
    throw new AppError('CONFLICT', `This certificate is already registered to reviewer ${existing.reviewerId}.`);
  }
  if (existing?.revokedAt) {
    throw new AppError(
      'CONFLICT',
      `This certificate was revoked on ${existing.revokedAt}; a revoked certificate is never registered again. The reviewer needs a new signing identity.`,
    );
  }
  if (!existing) await insertCertificate(tx, { ...facts, reviewerId, pem, registeredAt: now.toISOString() });
  return facts;
}

export function registerCertificate(
  db: ServerDb,
  reviewerId: string,
  pem: string,
  now: Date,
): Promise<CertificateFacts> {
  return db.write((tx) => insertReviewerCertificate(tx, reviewerId, pem, now));
}
