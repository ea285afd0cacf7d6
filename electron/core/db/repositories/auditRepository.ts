import type { Db } from '../openDatabase';

export interface AuditEventInput {
  actor: string;
  action: string;
  caseId: string | null;
  details: Record<string, unknown>;
  at: string;
}

export interface AuditEventRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  case_id: string | null;
  details_json: string;
}

export function appendAuditEvent(db: Db, event: AuditEventInput): number {
  const info = db
    .prepare('insert into audit_events (at, actor, action, case_id, details_json) values (?, ?, ?, ?, ?)')
    .run(event.at, event.actor, event.action, event.caseId, JSON.stringify(event.details));
  return Number(info.lastInsertRowid);
}

export function listAuditEvents(db: Db, caseId?: string): AuditEventRow[] {
  return caseId === undefined
    ? (db.prepare('select * from audit_events order by id').all() as AuditEventRow[])
    : (db.prepare('select * from audit_events where case_id = ? order by id').all(caseId) as AuditEventRow[]);
}
