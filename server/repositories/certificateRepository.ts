import type { Queryable } from '../db';

export interface CertificateRow {
  sha256: string;
  reviewerId: string;
  pem: string;
  subject: string;
  notAfter: string;
  registeredAt: string;
  revokedAt: string | null;
}

export async function insertCertificate(q: Queryable, cert: Omit<CertificateRow, 'revokedAt'>): Promise<void> {
  await q
    .insertInto('certificates')
    .values({
      sha256: cert.sha256,
      reviewer_id: cert.reviewerId,
      pem: cert.pem,
      subject: cert.subject,
      not_after: cert.notAfter,
      registered_at: cert.registeredAt,
      revoked_at: null,
    })
    .execute();
}

const COLUMNS = [
  'sha256',
  'reviewer_id as reviewerId',
  'pem',
  'subject',
  'not_after as notAfter',
  'registered_at as registeredAt',
  'revoked_at as revokedAt',
] as const;

export async function findCertificate(q: Queryable, sha256: string): Promise<CertificateRow | null> {
  return (await q.selectFrom('certificates').select(COLUMNS).where('sha256', '=', sha256).executeTakeFirst()) ?? null;
}

/** Certificates whose SHA-256 starts with the given hex (an admin types a prefix). */
export async function findCertificatesByPrefix(q: Queryable, prefix: string): Promise<CertificateRow[]> {
  return q.selectFrom('certificates').select(COLUMNS).where('sha256', 'like', `${prefix}%`).execute();
}

export async function listCertificates(q: Queryable, reviewerId?: string): Promise<CertificateRow[]> {
  let query = q.selectFrom('certificates').select(COLUMNS);
  if (reviewerId) query = query.where('reviewer_id', '=', reviewerId);
  return query.orderBy('reviewer_id').orderBy('registered_at').execute();
}

export async function revokeCertificate(q: Queryable, sha256: string, nowIso: string): Promise<boolean> {
  const result = await q
    .updateTable('certificates')
    .set({ revoked_at: nowIso })
    .where('sha256', '=', sha256)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
