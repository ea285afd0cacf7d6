import type { AssignmentChangeKind } from '../../shared/sync';
import type { ServerDb } from '../db';

export interface ChangeRow {
  seq: number;
  reviewerId: string;
  caseId: string;
  kind: AssignmentChangeKind;
  payloadJson: string;
  createdAt: string;
}

export function insertChange(db: ServerDb, change: Omit<ChangeRow, 'seq'>): number {
  const result = db
    .prepare('insert into changes (reviewer_id, case_id, kind, payload_json, created_at) values (?, ?, ?, ?, ?)')
    .run(change.reviewerId, change.caseId, change.kind, change.payloadJson, change.createdAt);
  return Number(result.lastInsertRowid);
}

export function listChangesAfter(db: ServerDb, reviewerId: string, afterSeq: number, limit: number): ChangeRow[] {
  return db
    .prepare(
      `
    select
      seq,
      reviewer_id as reviewerId,
      case_id as caseId,
      kind,
      payload_json as payloadJson,
      created_at as createdAt
    from
      changes
    where
      reviewer_id = ?
      and seq > ?
    order by
      seq
    limit
      ?
  `,
    )
    .all(reviewerId, afterSeq, limit) as ChangeRow[];
}

/** The highest sequence ever issued, even if compaction deleted that row since. */
export function lastIssuedSeq(db: ServerDb): number {
  const row = db.prepare('select seq from sqlite_sequence where name = ?').get('changes') as
    { seq: number } | undefined;
  return row?.seq ?? 0;
}

/** Deletes changes at or below a sequence that a later change of the same reviewer and case supersedes, and terminal ones. */
export function deleteCompactableChanges(db: ServerDb, uptoSeq: number): number {
  const superseded = db
    .prepare(
      `
    delete from changes
    where
      seq <= ?
      and exists (
        select
          1
        from
          changes later
        where
          later.reviewer_id = changes.reviewer_id
          and later.case_id = changes.case_id
          and later.seq > changes.seq
      )
  `,
    )
    .run(uptoSeq).changes;
  const terminal = db
    .prepare('delete from changes where seq <= ? and kind in (?, ?)')
    .run(uptoSeq, 'withdrawn', 'reassigned').changes;
  return superseded + terminal;
}
