import type { Db } from '../openDatabase';

export function listAcknowledgedKeys(db: Db, caseId: string): string[] {
  return (
    db
      .prepare(
        `
    select
      finding_key
    from
      check_acknowledgments
    where
      case_id = ?
    order by
      finding_key
  `,
      )
      .all(caseId) as { finding_key: string }[]
  ).map((row) => row.finding_key);
}

export function insertAcknowledgment(db: Db, caseId: string, findingKey: string, at: string): void {
  db.prepare(
    `
    insert into
      check_acknowledgments (case_id, finding_key, acknowledged_at)
    values
      (?, ?, ?)
    on conflict do nothing
  `,
  ).run(caseId, findingKey, at);
}

export function deleteAcknowledgment(db: Db, caseId: string, findingKey: string): void {
  db.prepare('delete from check_acknowledgments where case_id = ? and finding_key = ?').run(caseId, findingKey);
}

export function deleteAcknowledgments(db: Db, caseId: string): void {
  db.prepare('delete from check_acknowledgments where case_id = ?').run(caseId);
}
