import type { DeterminationReceipt } from '../../shared/sync';
import type { ServerDb } from '../db';

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
  letterPdf: Buffer;
  determinationJson: Buffer;
  certificatePem: string;
  receivedAt: string;
}

export interface StoredPackageRef {
  receipt: DeterminationReceipt;
  reviewerId: string;
}

export function insertPackage(db: ServerDb, row: PackageRow): void {
  db.prepare(
    `
    insert into
      packages (
        receipt_id,
        reviewer_id,
        case_id,
        case_number,
        determination_version,
        package_sha256,
        body_sha256,
        certificate_sha256,
        manifest_json,
        manifest_sig,
        letter_pdf,
        determination_json,
        certificate_pem,
        received_at
      )
    values
      (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  `,
  ).run(
    row.receiptId,
    row.reviewerId,
    row.caseId,
    row.caseNumber,
    row.determinationVersion,
    row.packageSha256,
    row.bodySha256,
    row.certificateSha256,
    row.manifestJson,
    row.manifestSig,
    row.letterPdf,
    row.determinationJson,
    row.certificatePem,
    row.receivedAt,
  );
}

const SELECT_REF =
  'select receipt_id as receiptId, received_at as receivedAt, package_sha256 as packageSha256, case_number as caseNumber, ' +
  'case_id as caseId, determination_version as determinationVersion, reviewer_id as reviewerId from packages';

function toRef(row: (DeterminationReceipt & { reviewerId: string }) | undefined): StoredPackageRef | null {
  if (!row) return null;
  const { reviewerId, ...receipt } = row;
  return { receipt, reviewerId };
}

export function findPackageByReceipt(db: ServerDb, receiptId: string): StoredPackageRef | null {
  return toRef(db.prepare(SELECT_REF + ' where receipt_id = ?').get(receiptId) as Parameters<typeof toRef>[0]);
}

export function findPackageBySha(db: ServerDb, packageSha256: string): StoredPackageRef | null {
  return toRef(db.prepare(SELECT_REF + ' where package_sha256 = ?').get(packageSha256) as Parameters<typeof toRef>[0]);
}

export function findPackageByVersion(db: ServerDb, caseId: string, version: number): StoredPackageRef | null {
  return toRef(
    db.prepare(SELECT_REF + ' where case_id = ? and determination_version = ?').get(caseId, version) as Parameters<
      typeof toRef
    >[0],
  );
}

export function countPackages(db: ServerDb): number {
  return (db.prepare('select count(*) as n from packages').get() as { n: number }).n;
}
