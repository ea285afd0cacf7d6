import type { EnrolResponse } from '../../shared/sync';
import { isAppError } from '../../shared/ipc';
import { insertNewToken } from '../auth';
import { insertReviewerCertificate } from '../certificates';
import type { ServerDb } from '../db';
import { SyncHttpError } from '../http';
import { findLiveEnrolmentCode, findReviewer, spendEnrolmentCode } from '../repositories';
import { hashEnrolmentCode } from './hashEnrolmentCode';

/**
 * Spends a one-time code in one transaction: the certificate is registered to the code's reviewer and a token is
 * issued. A wrong certificate leaves the code unspent; a code spent on any instance cannot be spent again.
 */
export function enrolReviewer(
  db: ServerDb,
  request: { code: string; certificatePem: string; now: Date; tokenDays: number },
): Promise<EnrolResponse> {
  const codeSha256 = hashEnrolmentCode(request.code);
  return db.write(async (tx): Promise<EnrolResponse> => {
    const code = await findLiveEnrolmentCode(tx, codeSha256, request.now.toISOString());
    if (!code) {
      throw new SyncHttpError(
        'ENROLMENT_CODE_INVALID',
        'This enrolment code is unknown, already used or expired. Ask your IMR organisation for a new one.',
      );
    }
    let certificateSha256: string;
    try {
      certificateSha256 = (await insertReviewerCertificate(tx, code.reviewerId, request.certificatePem, request.now))
        .sha256;
    } catch (error) {
      if (!isAppError(error)) throw error;
      throw new SyncHttpError(
        'CERTIFICATE_INVALID',
        `${error.message} This enrolment code is for reviewer ${code.reviewerId}; it was not used.`,
      );
    }
    if (!(await spendEnrolmentCode(tx, codeSha256, certificateSha256, request.now.toISOString()))) {
      throw new SyncHttpError('ENROLMENT_CODE_INVALID', 'This enrolment code was just used. Ask for a new one.');
    }
    const issued = await insertNewToken(tx, code.reviewerId, { now: request.now, validDays: request.tokenDays });
    const reviewer = await findReviewer(tx, code.reviewerId);
    return {
      reviewerId: code.reviewerId,
      displayName: reviewer?.displayName ?? '',
      token: issued.token,
      expiresAt: issued.expiresAt,
      certificateSha256,
    };
  });
}
