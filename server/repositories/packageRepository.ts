import type { DeterminationReceipt } from '../../shared/sync';
import type { Queryable } from '../db';

export interface PackageRow {
  receiptId: string;
  reviewerId: string;
  caseId: string;
  caseNumber: string;
  determinationVersion: number;
  packageSha256: string;
  bodySha256: string;
  certificateSha256: string;
  manifestJson: string;
  manifestSig: string;
  /** Where record storage keeps letter.pdf and determination.json. */
  letterSha256: string;
  determinationSha256: string;
  certificatePem: string;
  receivedAt: string;
}

export interface StoredPackageRef {
  receipt: DeterminationReceipt;
  reviewerId: string;
}

export async function insertPackage(q: Queryable, row: PackageRow): Promise<void> {
  await q
    .insertInto('packages')
    .values({
      receipt_id: row.receiptId,
      reviewer_id: row.reviewerId,
      case_id: row.caseId,
      case_number: row.caseNumber,
      determination_version: row.determinationVersion,
      package_sha256: row.packageSha256,
      body_sha256: row.bodySha256,
      certificate_sha256: row.certificateSha256,
      manifest_json: row.manifestJson,
      manifest_sig: row.manifestSig,
      letter_pdf: null,
      determination_json: null,
      letter_sha256: row.letterSha256,
      determination_sha256: row.determinationSha256,
      certificate_pem: row.certificatePem,
      received_at: row.receivedAt,
    })
    .execute();
}

function selectRefs(q: Queryable) {
  return q
    .selectFrom('packages')
    .select([
      'receipt_id as receiptId',
      'received_at as receivedAt',
      'package_sha256 as packageSha256',
      'case_number as caseNumber',
      'case_id as caseId',
      'determination_version as determinationVersion',
      'reviewer_id as reviewerId',
    ]);
}

function toRef(row: (DeterminationReceipt & { reviewerId: string }) | undefined): StoredPackageRef | null {
  if (!row) return null;
  const { reviewerId, ...receipt } = row;
  return { receipt, reviewerId };
}

export async function findPackageByReceipt(q: Queryable, receiptId: string): Promise<StoredPackageRef | null> {
  return toRef(await selectRefs(q).where('receipt_id', '=', receiptId).executeTakeFirst());
}

export interface UploadTwins {
  /** The body hash and receipt an earlier upload with this Idempotency-Key got. */
  key: { bodySha256: string; receipt: StoredPackageRef } | null;
  /** A package with the same manifest (the same content, under any key). */
  sameContent: StoredPackageRef | null;
  /** A package for the same case and determination version. */
  sameVersion: StoredPackageRef | null;
}

/** Everything an upload must not duplicate, in one round trip: its key's earlier use, its content, its version. */
export async function findUploadTwins(
  q: Queryable,
  upload: { reviewerId: string; key: string; packageSha256: string; caseId: string; version: number },
): Promise<UploadTwins> {
  const keyed = (column: 'body_sha256' | 'receipt_id') =>
    q
      .selectFrom('idempotency_keys')
      .select(column)
      .where('reviewer_id', '=', upload.reviewerId)
      .where('key', '=', upload.key);
  const rows = await selectRefs(q)
    .select(['package_sha256 as sha', keyed('body_sha256').as('keyBody'), keyed('receipt_id').as('keyReceipt')])
    .where((eb) =>
      eb.or([
        eb('package_sha256', '=', upload.packageSha256),
        eb.and([eb('case_id', '=', upload.caseId), eb('determination_version', '=', upload.version)]),
        eb('receipt_id', '=', keyed('receipt_id')),
      ]),
    )
    .execute();
  const ref = (row: (typeof rows)[number] | undefined): StoredPackageRef | null => {
    if (!row) return null;
    const { sha: _sha, keyBody: _body, keyReceipt: _receipt, ...rest } = row;
    return toRef(rest);
  };
  const keyRow = rows.find((row) => row.keyReceipt !== null && row.receiptId === row.keyReceipt);
  const keyPackage = ref(keyRow);
  return {
    key: keyRow?.keyBody && keyPackage ? { bodySha256: keyRow.keyBody, receipt: keyPackage } : null,
    sameContent: ref(rows.find((row) => row.sha === upload.packageSha256)),
    sameVersion: ref(rows.find((row) => row.caseId === upload.caseId && row.determinationVersion === upload.version)),
  };
}

export async function listReceiptsOf(q: Queryable, reviewerId: string): Promise<StoredPackageRef[]> {
  const rows = await selectRefs(q).where('reviewer_id', '=', reviewerId).orderBy('received_at').execute();
  return rows.map((row) => toRef(row)).filter((ref): ref is StoredPackageRef => ref !== null);
}

export async function countPackages(q: Queryable): Promise<number> {
  const row = await q
    .selectFrom('packages')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface PackageContentRow {
  manifestJson: string;
  manifestSig: string;
  certificatePem: string;
  letterPdf: Buffer | null;
  determinationJson: Buffer | null;
  letterSha256: string | null;
  determinationSha256: string | null;
}

export async function findPackageContent(q: Queryable, receiptId: string): Promise<PackageContentRow | null> {
  const row = await q
    .selectFrom('packages')
    .select([
      'manifest_json as manifestJson',
      'manifest_sig as manifestSig',
      'certificate_pem as certificatePem',
      'letter_pdf as letterPdf',
      'determination_json as determinationJson',
      'letter_sha256 as letterSha256',
      'determination_sha256 as determinationSha256',
    ])
    .where('receipt_id', '=', receiptId)
    .executeTakeFirst();
  return row ?? null;
}

/** Packages received before migration 2 still hold their files inline; `storage migrate` moves them. */
export async function listInlinePackageIds(q: Queryable, after: string, limit: number): Promise<string[]> {
  const rows = await q
    .selectFrom('packages')
    .select('receipt_id')
    .where('receipt_id', '>', after)
    .where((eb) => eb.or([eb('letter_pdf', 'is not', null), eb('determination_json', 'is not', null)]))
    .orderBy('receipt_id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.receipt_id);
}

/** Points an inline package at its stored files and drops the inline bytes, in one statement. */
export async function moveInlinePackageFiles(
  q: Queryable,
  receiptId: string,
  letterSha256: string,
  determinationSha256: string,
): Promise<void> {
  await q
    .updateTable('packages')
    .set({
      letter_sha256: letterSha256,
      determination_sha256: determinationSha256,
      letter_pdf: null,
      determination_json: null,
    })
    .where('receipt_id', '=', receiptId)
    .execute();
}

/** SHA-256s of every stored package file (what record storage must keep besides records). */
export async function listStoredPackageFileShas(q: Queryable): Promise<string[]> {
  const rows = await q.selectFrom('packages').select(['letter_sha256', 'determination_sha256']).execute();
  return rows.flatMap((row) => [row.letter_sha256, row.determination_sha256]).filter((sha) => sha !== null);
}
