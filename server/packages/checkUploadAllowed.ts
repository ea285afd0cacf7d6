import type { PackageManifest } from '../../shared/domain';
import type { Queryable } from '../db';
import { SyncHttpError } from '../http';
import { findCaseByNumber, findCertificate, type ServerCaseRow } from '../repositories';

const SEND_CERTIFICATE =
  'In the app, Sync settings shows your certificate with "Save certificate…": send that file to your IMR organisation, or ask them for an enrolment code and sign in with it.';

/** After the signatures check out: is this reviewer allowed to deliver this determination? */
export async function checkUploadAllowed(
  q: Queryable,
  reviewerId: string,
  manifest: PackageManifest,
  signerId: string | null,
  certificateSha256: string,
): Promise<ServerCaseRow> {
  if (manifest.reviewerId !== reviewerId || (signerId !== null && signerId !== reviewerId)) {
    throw new SyncHttpError(
      'PACKAGE_REVIEWER_MISMATCH',
      `This package was signed by reviewer ${signerId ?? manifest.reviewerId}, but you are signed in as ${reviewerId}. Sign it with your own certificate.`,
    );
  }
  const [certificate, found] = await Promise.all([
    findCertificate(q, certificateSha256),
    findCaseByNumber(q, manifest.caseNumber),
  ]);
  if (certificate?.reviewerId !== reviewerId) {
    throw new SyncHttpError(
      'CERTIFICATE_NOT_REGISTERED',
      `The signing certificate (SHA-256 ${certificateSha256.slice(0, 16)}…) is not registered to you on this server. ${SEND_CERTIFICATE}`,
    );
  }
  if (certificate.revokedAt) {
    throw new SyncHttpError(
      'CERTIFICATE_REVOKED',
      `The signing certificate (SHA-256 ${certificateSha256.slice(0, 16)}…) was revoked by your IMR organisation on ${certificate.revokedAt.slice(0, 10)}, so this determination was not accepted. Ask them how to sign with a new certificate.`,
    );
  }
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
