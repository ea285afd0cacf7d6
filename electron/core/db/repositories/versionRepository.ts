import type { Db } from '../openDatabase';

export type VersionReason = 'interval' | 'status' | 'before-restore' | 'manual';

export interface VersionRow {
  id: number;
  case_id: string;
  created_at: string;
  reason: VersionReason;
  detail: string;
  revision: number;
  content_json: string;
}

export type VersionHeadRow = Omit<VersionRow, 'content_json'>;

export function insertVersion(db: Db, row: Omit<VersionRow, 'id'>): number {
  const info = db
    .prepare(
      `
    insert into
      determination_versions (case_id, created_at, reason, detail, revision, content_json)
    values
      (@case_id, @created_at, @reason, @detail, @revision, @content_json)
  `,
    )
    .run(row);
  return Number(info.lastInsertRowid);
}

/** Newest first, without the content (the list stays small however long the rationales are). */
export function listVersionHeads(db: Db, caseId: string): VersionHeadRow[] {
  return db
    .prepare(
      `
    select
      id,
      case_id,
      created_at,
      reason,
      detail,
      revision
    from
      determination_versions
    where
      case_id = ?
    order by
      id desc
  `,
    )
    .all(caseId) as VersionHeadRow[];
}

export function findVersion(db: Db, id: number): VersionRow | null {
  return (db.prepare('select * from determination_versions where id = ?').get(id) as VersionRow | undefined) ?? null;
}

export function latestVersionHead(db: Db, caseId: string): VersionHeadRow | null {
  const row = db
    .prepare(
      `
    select
      id,
      case_id,
      created_at,
      reason,
      detail,
      revision
    from
      determination_versions
    where
      case_id = ?
    order by
      id desc
    limit
      1
  `,
    )
    .get(caseId) as VersionHeadRow | undefined;
  return row ?? null;
}

/** Keeps the newest `keep` interval snapshots of a case; status and restore snapshots are never pruned. */
export function pruneIntervalVersions(db: Db, caseId: string, keep: number): void {
  db.prepare(
    `
    delete from determination_versions
    where
      case_id = ?
      and reason = 'interval'
      and id not in (
        select
          id
        from
          determination_versions
        where
          case_id = ?
          and reason = 'interval'
        order by
          id desc
        limit
          ?
      )
  `,
  ).run(caseId, caseId, keep);
}
