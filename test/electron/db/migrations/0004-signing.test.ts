import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../electron/core/db/migrate';
import { insertCase, insertDraft, insertItem, RICH_TEXT } from './support/legacyRows';
import { columnsOf, migratedDatabase, rowsOf, type MigratedDatabase } from './support/migratedDatabase';

const KEPT = ['cases', 'disputed_items', 'determination_drafts', 'determination_versions'];
const NEW_TABLES = ['check_acknowledgments', 'draft_lineage', 'signed_determinations', 'sync_outbox'];

describe('migration 0004-signing', () => {
  let ws: MigratedDatabase;
  let before: unknown[][];
  beforeEach(() => {
    ws = migratedDatabase(3);
    insertCase(ws.db, 'case-a', { caseNumber: 'CM26-0301', status: 'in_progress' });
    insertItem(ws.db, 'a-i0', 'case-a', 0, 'Right knee arthroscopic partial meniscectomy');
    insertDraft(ws.db, 'case-a', 4);
    ws.db
      .prepare("update cases set status = 'ready_to_sign', updated_at = '2026-11-05T09:00:00.000Z' where id = 'case-a'")
      .run();
    ws.db
      .prepare(
        "insert into determination_versions (case_id, created_at, reason, revision, content_json) values ('case-a', '2026-11-05T08:50:00.000Z', 'manual', 4, ?)",
      )
      .run(JSON.stringify({ summaryJson: RICH_TEXT, items: [] }));
    insertCase(ws.db, 'case-b', { caseNumber: 'CM26-0302' });
    before = KEPT.map((t) => rowsOf(ws.db, t));
  });
  afterEach(() => ws.dispose());

  const sign = (caseId: string, version: number, supersedes: number | null) =>
    ws.db
      .prepare(
        "insert into signed_determinations (case_id, version, supersedes_version, package_dir, manifest_sha256, letter_sha256, reviewer_id, signed_at) values (?, ?, ?, ?, ?, ?, 'RVW-0042', '2026-11-05T09:30:00.000Z')",
      )
      .run(caseId, version, supersedes, `packages/${caseId}/v${version}`, 'c'.repeat(64), 'd'.repeat(64));
  const queue = (caseId: string, key: string) =>
    ws.db
      .prepare(
        "insert into sync_outbox (case_id, package_dir, idempotency_key, created_at) values (?, ?, ?, '2026-11-05T09:31:00.000Z')",
      )
      .run(caseId, `packages/${caseId}/v1`, key);

  it('moves to version 4 and keeps cases, drafts and their versions when upgraded from version 3', () => {
    expect(ws.upgradeTo(4)).toEqual({ from: 3, to: 4, backupFile: null });
    expect(schemaVersion(ws.db)).toBe(4);
    expect(KEPT.map((t) => rowsOf(ws.db, t))).toEqual(before);
    expect(NEW_TABLES.map((t) => rowsOf(ws.db, t))).toEqual([[], [], [], []]);
    expect(columnsOf(ws.db, 'sync_outbox')).toEqual([
      'id',
      'case_id',
      'package_dir',
      'idempotency_key',
      'created_at',
      'uploaded_at',
      'receipt_json',
    ]);
  });

  it('records a signature, a lineage and a pending upload for an existing case when inserted', () => {
    ws.upgradeTo(4);
    ws.db
      .prepare(
        "insert into check_acknowledgments (case_id, finding_key, acknowledged_at) values ('case-a', 'guideline-missing:a-i0', '2026-11-05T09:20:00.000Z')",
      )
      .run();
    ws.db.prepare("insert into draft_lineage (case_id, version, supersedes_version) values ('case-a', 2, 1)").run();
    sign('case-a', 1, null);
    sign('case-a', 2, 1);
    queue('case-a', 'case-a:v2');
    expect(
      ws.db.prepare('select case_id, version, supersedes_version from signed_determinations order by id').all(),
    ).toEqual([
      { case_id: 'case-a', version: 1, supersedes_version: null },
      { case_id: 'case-a', version: 2, supersedes_version: 1 },
    ]);
    expect(
      ws.db.prepare('select id from sync_outbox where uploaded_at is null order by uploaded_at, id').all(),
    ).toEqual([{ id: 1 }]);
  });

  it('refuses version 0, a second signature of the same version, a repeated acknowledgment and a repeated upload key', () => {
    ws.upgradeTo(4);
    expect(() => ws.db.prepare("insert into draft_lineage (case_id, version) values ('case-a', 0)").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => sign('case-a', 0, null)).toThrow(/CHECK constraint/);
    sign('case-a', 1, null);
    expect(() => sign('case-a', 1, null)).toThrow(
      /UNIQUE constraint failed: signed_determinations.case_id, signed_determinations.version/,
    );
    expect(() => sign('case-b', 1, null)).not.toThrow();
    const ack = ws.db.prepare(
      "insert into check_acknowledgments (case_id, finding_key, acknowledged_at) values ('case-a', 'rationale-short:a-i0', '2026-11-05T09:20:00.000Z')",
    );
    ack.run();
    expect(() => ack.run()).toThrow(/UNIQUE constraint failed/);
    queue('case-a', 'case-a:v1');
    expect(() => queue('case-b', 'case-a:v1')).toThrow(/UNIQUE constraint failed: sync_outbox.idempotency_key/);
  });

  it('drops acknowledgments, lineage, signatures and queued uploads with their case when the case is deleted', () => {
    ws.upgradeTo(4);
    for (const caseId of ['case-a', 'case-b']) {
      ws.db
        .prepare(
          "insert into check_acknowledgments (case_id, finding_key, acknowledged_at) values (?, 'k', '2026-11-05T09:20:00.000Z')",
        )
        .run(caseId);
      ws.db.prepare('insert into draft_lineage (case_id, version) values (?, 1)').run(caseId);
      sign(caseId, 1, null);
      queue(caseId, `${caseId}:v1`);
    }
    ws.db.prepare("delete from cases where id = 'case-a'").run();
    expect(NEW_TABLES.map((t) => ws.db.prepare(`select case_id from ${t}`).all())).toEqual(
      NEW_TABLES.map(() => [{ case_id: 'case-b' }]),
    );
  });
});
