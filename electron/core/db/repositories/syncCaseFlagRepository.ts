import type { Db } from '../openDatabase';

export type SyncFlagKind = 'withdrawn' | 'reassigned' | 'removed';

export interface SyncFlagRow {
  caseId: string;
  caseNumber: string;
  kind: SyncFlagKind;
  reason: string;
  flaggedAt: string;
}

export function flagCase(db: Db, caseId: string, kind: SyncFlagKind, reason: string, at: string): void {
  db.prepare(
    `
    insert into
      sync_case_flags (case_id, kind, reason, flagged_at)
    values
      (?, ?, ?, ?)
    on conflict (case_id) do update
    set
      kind = excluded.kind,
      reason = excluded.reason,
      flagged_at = excluded.flagged_at
  `,
  ).run(caseId, kind, reason, at);
}

export function unflagCase(db: Db, caseId: string): void {
  db.prepare('delete from sync_case_flags where case_id = ?').run(caseId);
}

export function listCaseFlags(db: Db): SyncFlagRow[] {
  return db
    .prepare(
      `
    select
      f.case_id as caseId,
      c.case_number as caseNumber,
      f.kind,
      f.reason,
      f.flagged_at as flaggedAt
    from
      sync_case_flags f
      join cases c on c.id = f.case_id
    order by
      f.flagged_at desc,
      c.case_number
  `,
    )
    .all() as SyncFlagRow[];
}
