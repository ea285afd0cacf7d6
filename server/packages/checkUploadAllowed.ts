import type { PackageManifest } from '../../shared/domain';
import type { ServerDb } from '../db';
import { SyncHttpError } from '../http';
import { findCaseByNumber, findCertificateOwner, type ServerCaseRow } from '../repositories';

/** After the signatures check out: is this reviewer allowed to deliver this determination? */
export function checkUploadAllowed(
  db: ServerDb,
  reviewerId: string,
  manifest: PackageManifest,
  signerId: string | null,
  certificateSha256: string,
): ServerCaseRow {
  if (manifest.reviewerId !== reviewerId || (signerId !== null && signerId !== reviewerId)) {
    throw new SyncHttpError(
      'PACKAGE_REVIEWER_MISMATCH',
      `This package was signed by reviewer ${signerId ?? manifest.reviewerId}, but you are signed in as ${reviewerId}. Sign it with your own certificate.`,
    );
  }
  const owner = findCertificateOwner(db, certificateSha256);
  if (owner !== reviewerId) {
    throw new SyncHttpError(
      'CERTIFICATE_NOT_REGISTERED',
      `The signing certificate (SHA-256 ${certificateSha256.slice(0, 16)}…) is not registered to you on this server. Ask your IMR organisation to register it, then upload again.`,
    );
  }
  const found = findCaseByNumber(db, manifest.caseNumber);
  if (!found || found.reviewerId !== reviewerId || found.state !== 'assigned') {
    const why =
      found?.state === 'withdrawn' && found.reviewerId === reviewerId ? 'was withdrawn' : 'is not assigned to you';
    throw new SyncHttpError(
      'CASE_NOT_ASSIGNED',
      `Case ${manifest.caseNumber} ${why}, so this determination was not accepted.`,
    );
  }
  if (found.id !== manifest.caseId) {
    throw new SyncHttpError(
      'CASE_MISMATCH',
      `The package names case id ${manifest.caseId}, but case ${manifest.caseNumber} has id ${found.id} on this server. Sync your assignments and sign again.`,
    );
  }
  return found;
}
