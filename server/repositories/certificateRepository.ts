import type { ServerDb } from '../db';

export interface CertificateRow {
  sha256: string;
  reviewerId: string;
  pem: string;
  subject: string;
  notAfter: string;
  registeredAt: string;
}

export function insertCertificate(db: ServerDb, cert: CertificateRow): void {
  db.prepare(
    `
    insert into
      certificates (sha256, reviewer_id, pem, subject, not_after, registered_at)
    values
      (?, ?, ?, ?, ?, ?)
  `,
  ).run(cert.sha256, cert.reviewerId, cert.pem, cert.subject, cert.notAfter, cert.registeredAt);
}

export function findCertificateOwner(db: ServerDb, sha256: string): string | null {
  const row = db.prepare('select reviewer_id as reviewerId from certificates where sha256 = ?').get(sha256) as
    { reviewerId: string } | undefined;
  return row?.reviewerId ?? null;
}
