import type { Db } from '../openDatabase';

export interface DraftLineage {
  /** The version the open draft will be signed as (1 for a case never signed). */
  version: number;
  supersedesVersion: number | null;
}

export function findDraftLineage(db: Db, caseId: string): DraftLineage {
  const row = db.prepare('select version, supersedes_version from draft_lineage where case_id = ?').get(caseId) as
    { version: number; supersedes_version: number | null } | undefined;
  return row
    ? { version: row.version, supersedesVersion: row.supersedes_version }
    : { version: 1, supersedesVersion: null };
}

export function writeDraftLineage(db: Db, caseId: string, lineage: DraftLineage): void {
  db.prepare(
    `
    insert into
      draft_lineage (case_id, version, supersedes_version)
    values
      (?, ?, ?)
    on conflict (case_id) do update
    set
      version = excluded.version,
      supersedes_version = excluded.supersedes_version
  `,
  ).run(caseId, lineage.version, lineage.supersedesVersion);
}
