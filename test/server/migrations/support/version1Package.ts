import { sql, type Kysely } from 'kysely';

export const LETTER = Buffer.from('%PDF-1.7 letter bytes of the first schema');
export const DETERMINATION = Buffer.from('{"caseId":"case-1","items":[]}');

/**
 * Rows of the first schema that migration 2 must keep: three feed changes of which compaction deleted the newest
 * (so the last sequence issued is 3 while the highest row left is 2), a package with its files inline, its key.
 */
export async function insertVersion1FeedAndPackage(raw: Kysely<unknown>): Promise<void> {
  for (const kind of ['assigned', 'assigned', 'withdrawn']) {
    await sql`insert into changes (reviewer_id, case_id, kind, payload_json, created_at) values ('RVW-0001', 'case-1', ${kind}, '{}', '2026-01-03T00:00:00.000Z')`.execute(
      raw,
    );
  }
  await sql`delete from changes where seq = 3`.execute(raw);
  await sql`
    insert into packages (receipt_id, reviewer_id, case_id, case_number, determination_version, package_sha256,
      body_sha256, certificate_sha256, manifest_json, manifest_sig, letter_pdf, determination_json, certificate_pem, received_at)
    values ('receipt-1', 'RVW-0001', 'case-1', 'CM26-0000001', 1, ${'b'.repeat(64)}, ${'c'.repeat(64)}, ${'d'.repeat(64)},
      '{"manifest":1}', 'sig', ${LETTER}, ${DETERMINATION}, 'PEM', '2026-01-04T00:00:00.000Z')
  `.execute(raw);
  await sql`insert into idempotency_keys (reviewer_id, key, body_sha256, receipt_id, created_at) values ('RVW-0001', 'key-0000000000000001', ${'c'.repeat(64)}, 'receipt-1', '2026-01-04T00:00:00.000Z')`.execute(
    raw,
  );
}

/** A package row of the second schema: files in record storage, none inline. */
export function insertStoredPackage(raw: Kysely<unknown>, receiptId: string, letterSha: string | null) {
  return sql`
    insert into packages (receipt_id, reviewer_id, case_id, case_number, determination_version, package_sha256,
      body_sha256, certificate_sha256, manifest_json, manifest_sig, letter_pdf, determination_json, letter_sha256,
      determination_sha256, certificate_pem, received_at)
    values (${receiptId}, 'RVW-0001', 'case-1', 'CM26-0000001', 2, ${'e'.repeat(64)}, ${'f'.repeat(64)}, ${'d'.repeat(64)},
      '{"manifest":2}', 'sig', null, null, ${letterSha}, ${'9'.repeat(64)}, 'PEM', '2026-01-05T00:00:00.000Z')
  `.execute(raw);
}
