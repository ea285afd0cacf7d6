import { auditHash, GENESIS_HASH } from '../auditHash';
import { canonicalJson } from '../canonicalJson';
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
  prev_hash: string;
  hash: string;
}

/** Appends at the end of the hash chain; runs in the caller's transaction when there is one. */
export function appendAuditEvent(db: Db, event: AuditEventInput): number {
  return db.transaction(() => {
    const tail = db.prepare('select id, hash from audit_events order by id desc limit 1').get() as
      { id: number; hash: string } | undefined;
    const seq = db.prepare("select seq from sqlite_sequence where name = 'audit_events'").get() as
      { seq: number } | undefined;
    const id = Math.max(tail?.id ?? 0, seq?.seq ?? 0) + 1;
    const prevHash = tail?.hash ?? GENESIS_HASH;
    const details = JSON.parse(canonicalJson(event.details)) as unknown;
    const hash = auditHash(prevHash, {
      id,
      at: event.at,
      actor: event.actor,
      action: event.action,
      caseId: event.caseId,
      details,
    });
    db.prepare(
      `
      insert into
        audit_events (id, at, actor, action, case_id, details_json, prev_hash, hash)
      values
        (?, ?, ?, ?, ?, ?, ?, ?)
    `,
    ).run(id, event.at, event.actor, event.action, event.caseId, canonicalJson(details), prevHash, hash);
    return id;
  })();
}

export function listAuditEvents(db: Db, caseId?: string): AuditEventRow[] {
  return caseId === undefined
    ? (db.prepare('select * from audit_events order by id').all() as AuditEventRow[])
    : (db.prepare('select * from audit_events where case_id = ? order by id').all(caseId) as AuditEventRow[]);
}

export function latestAuditEvent(db: Db, action: string, caseId: string | null): AuditEventRow | undefined {
  return (
    caseId === null
      ? db
          .prepare('select * from audit_events where action = ? and case_id is null order by id desc limit 1')
          .get(action)
      : db
          .prepare(
            `
      select
        *
      from
        audit_events
      where
        case_id = ?
        and action = ?
      order by
        id desc
      limit
        1
    `,
          )
          .get(caseId, action)
  ) as AuditEventRow | undefined;
}

export function auditSequence(db: Db): number {
  const row = db.prepare("select seq from sqlite_sequence where name = 'audit_events'").get() as
    { seq: number } | undefined;
  return row?.seq ?? 0;
}
