import type { AuditEvent } from '../../../shared/ipc';
import { listAuditEvents, type AuditEventRow, type Db } from '../db';

export function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    caseId: row.case_id,
    details: JSON.parse(row.details_json) as Record<string, unknown>,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export function caseAuditTrail(db: Db, caseId: string): AuditEvent[] {
  return listAuditEvents(db, caseId).map(toAuditEvent);
}

/** One JSON object per line, oldest first; each line keeps its hashes so the export can be checked against the chain. */
export function exportAuditTrail(db: Db, caseId: string): string {
  return caseAuditTrail(db, caseId)
    .map((e) => `${JSON.stringify(e)}\n`)
    .join('');
}
