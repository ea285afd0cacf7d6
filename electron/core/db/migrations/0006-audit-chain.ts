import { auditHash, GENESIS_HASH } from '../auditHash';
import type { Migration } from './migration';

interface LegacyRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  case_id: string | null;
  details_json: string;
}

/** Hash-chains the audit trail (existing rows included) and makes the table append-only with triggers. */
export const migration0006: Migration = {
  version: 6,
  name: 'audit-chain',
  up(db) {
    db.exec(`
      alter table audit_events add column prev_hash text not null default '';
      alter table audit_events add column hash text not null default '';
    `);
    const rows = db
      .prepare('select id, at, actor, action, case_id, details_json from audit_events order by id')
      .all() as LegacyRow[];
    const update = db.prepare('update audit_events set prev_hash = ?, hash = ? where id = ?');
    let prev = GENESIS_HASH;
    for (const row of rows) {
      const hash = auditHash(prev, {
        id: row.id,
        at: row.at,
        actor: row.actor,
        action: row.action,
        caseId: row.case_id,
        details: JSON.parse(row.details_json) as unknown,
      });
      update.run(prev, hash, row.id);
      prev = hash;
    }
    db.exec(`
      create trigger audit_events_no_update before update on audit_events
      begin
        select raise(abort, 'The audit trail is append-only: events cannot be changed.');
      end;
      create trigger audit_events_no_delete before delete on audit_events
      begin
        select raise(abort, 'The audit trail is append-only: events cannot be deleted.');
      end;
      create trigger audit_events_chain before insert on audit_events
      when new.id <= coalesce((select max(id) from audit_events), 0)
        or new.prev_hash is not coalesce((select hash from audit_events order by id desc limit 1), '${GENESIS_HASH}')
        or length(new.hash) != 64
      begin
        select raise(abort, 'An audit event must extend the end of the hash chain.');
      end;
    `);
  },
};
