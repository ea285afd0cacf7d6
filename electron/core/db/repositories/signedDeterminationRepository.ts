import type { Db } from '../openDatabase';

export interface SignedDeterminationRow {
  id: number;
  caseId: string;
  version: number;
  supersedesVersion: number | null;
  packageDir: string;
  manifestSha256: string;
  letterSha256: string;
  reviewerId: string;
  signedAt: string;
}

const COLUMNS =
  'id, case_id as caseId, version, supersedes_version as supersedesVersion, package_dir as packageDir, manifest_sha256 as manifestSha256, letter_sha256 as letterSha256, reviewer_id as reviewerId, signed_at as signedAt';

export function insertSignedDetermination(db: Db, row: Omit<SignedDeterminationRow, 'id'>): number {
  const info = db
    .prepare(
      `
    insert into
      signed_determinations (case_id, version, supersedes_version, package_dir, manifest_sha256, letter_sha256, reviewer_id, signed_at)
    values
      (@caseId, @version, @supersedesVersion, @packageDir, @manifestSha256, @letterSha256, @reviewerId, @signedAt)
  `,
    )
    .run(row);
  return Number(info.lastInsertRowid);
}

/** Newest first. */
export function listSignedDeterminations(db: Db, caseId: string): SignedDeterminationRow[] {
  return db
    .prepare(`select ${COLUMNS} from signed_determinations where case_id = ? order by version desc`)
    .all(caseId) as SignedDeterminationRow[];
}

export function findLatestSignedDetermination(db: Db, caseId: string): SignedDeterminationRow | null {
  return (
    (db
      .prepare(`select ${COLUMNS} from signed_determinations where case_id = ? order by version desc limit 1`)
      .get(caseId) as SignedDeterminationRow | undefined) ?? null
  );
}

export function isPackageDirRecorded(db: Db, packageDir: string): boolean {
  return db.prepare('select 1 from signed_determinations where package_dir = ?').get(packageDir) !== undefined;
}
