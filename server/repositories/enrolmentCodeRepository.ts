import type { Queryable } from '../db';

export interface EnrolmentCodeRow {
  codeSha256: string;
  reviewerId: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  certificateSha256: string | null;
}

export async function insertEnrolmentCode(
  q: Queryable,
  row: Omit<EnrolmentCodeRow, 'usedAt' | 'certificateSha256'>,
): Promise<void> {
  await q
    .insertInto('enrolment_codes')
    .values({
      code_sha256: row.codeSha256,
      reviewer_id: row.reviewerId,
      created_at: row.createdAt,
      expires_at: row.expiresAt,
      used_at: null,
      certificate_sha256: null,
    })
    .execute();
}

/** The code if it is unused and unexpired. */
export async function findLiveEnrolmentCode(
  q: Queryable,
  codeSha256: string,
  nowIso: string,
): Promise<EnrolmentCodeRow | null> {
  const row = await q
    .selectFrom('enrolment_codes')
    .select([
      'code_sha256 as codeSha256',
      'reviewer_id as reviewerId',
      'created_at as createdAt',
      'expires_at as expiresAt',
      'used_at as usedAt',
      'certificate_sha256 as certificateSha256',
    ])
    .where('code_sha256', '=', codeSha256)
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
  return row ?? null;
}

/** Spends a code once: false when another request (on any instance) spent it first. */
export async function spendEnrolmentCode(
  q: Queryable,
  codeSha256: string,
  certificateSha256: string,
  nowIso: string,
): Promise<boolean> {
  const result = await q
    .updateTable('enrolment_codes')
    .set({ used_at: nowIso, certificate_sha256: certificateSha256 })
    .where('code_sha256', '=', codeSha256)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteExpiredEnrolmentCodes(q: Queryable, beforeIso: string): Promise<number> {
  const result = await q.deleteFrom('enrolment_codes').where('expires_at', '<', beforeIso).executeTakeFirst();
  return Number(result.numDeletedRows);
}
