import { AppError } from '../../shared/ipc';
import type { ServerDb } from '../db';
import { findCertificateOwner, findReviewer, insertCertificate } from '../repositories';

import { certificateFingerprint, type CertificateFacts } from './certificateFingerprint';
import { errorMessage } from '../../shared/errorMessage';

/** Records that packages signed with this certificate may come from this reviewer (and no one else). */
export function registerCertificate(db: ServerDb, reviewerId: string, pem: string, now: Date): CertificateFacts {
  if (!findReviewer(db, reviewerId)) {
    throw new AppError(
      'NOT_FOUND',
      `There is no reviewer ${reviewerId}. Create it first with: create-reviewer ${reviewerId}`,
    );
  }
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
  const owner = findCertificateOwner(db, facts.sha256);
  if (owner === reviewerId) return facts;
  if (owner) throw new AppError('CONFLICT', `This certificate is already registered to reviewer ${owner}.`);
  insertCertificate(db, { ...facts, reviewerId, pem, registeredAt: now.toISOString() });
  return facts;
}
