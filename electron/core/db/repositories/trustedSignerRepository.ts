import type { Db } from '../openDatabase';

export interface TrustedSignerRow {
  certificateSha256: string;
  subject: string;
  note: string;
  addedAt: string;
}

const COLUMNS = 'certificate_sha256 as certificateSha256, subject, note, added_at as addedAt';

export function listTrustedSignerRows(db: Db): TrustedSignerRow[] {
  return db
    .prepare(`select ${COLUMNS} from trusted_signers order by added_at, certificate_sha256`)
    .all() as TrustedSignerRow[];
}

export function insertTrustedSigner(db: Db, row: TrustedSignerRow): void {
  db.prepare(
    `insert into trusted_signers (certificate_sha256, subject, note, added_at) values (?, ?, ?, ?)
     on conflict (certificate_sha256) do update set subject = excluded.subject, note = excluded.note`,
  ).run(row.certificateSha256, row.subject, row.note, row.addedAt);
}

export function deleteTrustedSigner(db: Db, certificateSha256: string): boolean {
  return db.prepare('delete from trusted_signers where certificate_sha256 = ?').run(certificateSha256).changes > 0;
}
