import type { AuditVerification } from '../../../shared/ipc';
import { GENESIS_HASH, auditHash, auditSequence, type AuditEventRow, type Db } from '../db';

/** Walks the whole chain: a changed, removed, inserted or reordered row is reported at the first link it breaks. */
export function verifyAuditTrail(db: Db): AuditVerification {
  let expectedPrev = GENESIS_HASH;
  let expectedId = 1;
  let events = 0;
  const broken = (id: number, problem: string): AuditVerification => ({
    ok: false,
    events,
    headHash: expectedPrev,
    firstBroken: { id, problem },
  });
  for (const row of db.prepare('select * from audit_events order by id').iterate() as IterableIterator<AuditEventRow>) {
    if (row.id !== expectedId)
      return broken(
        row.id,
        `event ${expectedId}${row.id - expectedId > 1 ? ` to ${row.id - 1}` : ''} is missing before this one`,
      );
    if (row.prev_hash !== expectedPrev)
      return broken(
        row.id,
        'its link to the previous event does not match (an event before it was changed, removed or moved)',
      );
    let details: unknown;
    try {
      details = JSON.parse(row.details_json);
    } catch {
      return broken(row.id, 'its details are not valid JSON');
    }
    const hash = auditHash(row.prev_hash, {
      id: row.id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      caseId: row.case_id,
      details,
    });
    if (hash !== row.hash) return broken(row.id, 'its content does not match its hash (the event was changed)');
    expectedPrev = row.hash;
    expectedId = row.id + 1;
    events++;
  }
  const issued = auditSequence(db);
  if (issued >= expectedId)
    return broken(expectedId, `${issued - expectedId + 1} event(s) at the end of the trail are missing`);
  return { ok: true, events, headHash: expectedPrev, firstBroken: null };
}
