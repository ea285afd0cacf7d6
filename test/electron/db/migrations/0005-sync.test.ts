import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../electron/core/db/migrate';
import { insertCase } from './support/legacyRows';
import { migratedDatabase, rowsOf, type MigratedDatabase } from './support/migratedDatabase';

const KEPT = ['cases', 'signed_determinations', 'sync_outbox'];

describe('migration 0005-sync', () => {
  let ws: MigratedDatabase;
  let before: unknown[][];
  beforeEach(() => {
    ws = migratedDatabase(4);
    for (const [id, caseNumber] of [
      ['case-a', 'CM26-0401'],
      ['case-b', 'CM26-0402'],
    ] as const) {
      insertCase(ws.db, id, { caseNumber, status: 'signed' });
      ws.db
        .prepare(
          "insert into signed_determinations (case_id, version, package_dir, manifest_sha256, letter_sha256, reviewer_id, signed_at) values (?, 1, ?, ?, ?, 'RVW-0042', '2026-11-06T10:00:00.000Z')",
        )
        .run(id, `packages/${id}/v1`, 'e'.repeat(64), 'f'.repeat(64));
      ws.db
        .prepare(
          "insert into sync_outbox (case_id, package_dir, idempotency_key, created_at) values (?, ?, ?, '2026-11-06T10:00:01.000Z')",
        )
        .run(id, `packages/${id}/v1`, `${id}:v1`);
    }
    ws.db
      .prepare(
        `update sync_outbox set uploaded_at = '2026-11-06T10:05:00.000Z', receipt_json = '{"receiptId":"R-1"}' where case_id = 'case-a'`,
      )
      .run();
    before = KEPT.map((t) => rowsOf(ws.db, t));
  });
  afterEach(() => ws.dispose());

  it('moves to version 5 and keeps cases, signatures and the upload queue when upgraded from version 4', () => {
    expect(ws.upgradeTo(5)).toEqual({ from: 4, to: 5, backupFile: null });
    expect(schemaVersion(ws.db)).toBe(5);
    expect(KEPT.map((t) => rowsOf(ws.db, t))).toEqual(before);
    expect(rowsOf(ws.db, 'sync_case_flags')).toEqual([]);
    expect(rowsOf(ws.db, 'sync_upload_problems')).toEqual([]);
  });

  it('starts with one empty sync state row and refuses a second one when upgraded', () => {
    ws.upgradeTo(5);
    expect(rowsOf(ws.db, 'sync_state')).toEqual([
      {
        id: 1,
        cursor: null,
        last_success_at: null,
        last_error_code: null,
        last_error_message: null,
        last_error_at: null,
      },
    ]);
    expect(() => ws.db.prepare('insert into sync_state (id) values (2)').run()).toThrow(/CHECK constraint/);
    expect(() => ws.db.prepare('insert into sync_state (id) values (1)').run()).toThrow(
      /UNIQUE constraint|PRIMARY KEY/,
    );
    ws.db
      .prepare(
        "update sync_state set cursor = 'feed-000017', last_success_at = '2026-11-06T10:05:00.000Z' where id = 1",
      )
      .run();
    expect(ws.db.prepare('select cursor from sync_state').get()).toEqual({ cursor: 'feed-000017' });
  });

  it('flags an existing case once with a known kind and refuses an unknown kind', () => {
    ws.upgradeTo(5);
    const flag = ws.db.prepare(
      "insert into sync_case_flags (case_id, kind, reason, flagged_at) values ('case-b', ?, 'Withdrawn by the claims administrator', '2026-11-07T08:00:00.000Z')",
    );
    expect(() => flag.run('closed')).toThrow(/CHECK constraint/);
    flag.run('withdrawn');
    expect(() => flag.run('reassigned')).toThrow(/UNIQUE constraint failed: sync_case_flags.case_id/);
    ws.db.prepare("delete from cases where id = 'case-b'").run();
    expect(rowsOf(ws.db, 'sync_case_flags')).toEqual([]);
  });

  it('records a refused upload against an existing outbox entry and drops it with the entry', () => {
    ws.upgradeTo(5);
    const pending = ws.db.prepare("select id from sync_outbox where case_id = 'case-b'").get() as { id: number };
    const problem = ws.db.prepare(
      "insert into sync_upload_problems (outbox_id, code, message, failed_at) values (?, 'PACKAGE_REJECTED', 'Manifest hash mismatch', '2026-11-07T08:00:00.000Z')",
    );
    problem.run(pending.id);
    expect(() => problem.run(999)).toThrow(/FOREIGN KEY constraint/);
    ws.db.prepare('delete from sync_outbox where id = ?').run(pending.id);
    expect(rowsOf(ws.db, 'sync_upload_problems')).toEqual([]);
  });
});
