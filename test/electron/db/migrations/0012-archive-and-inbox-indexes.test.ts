import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../../electron/core/audit/verifyAuditTrail';
import { schemaVersion } from '../../../../electron/core/db/migrate';
import { appendAuditEvent } from '../../../../electron/core/db/repositories/auditRepository';
import { insertCase, insertDraft, insertItem, insertItemDetermination } from './support/legacyRows';
import { columnsOf, migratedDatabase, rowsOf, type MigratedDatabase } from './support/migratedDatabase';

const KEPT = ['cases', 'disputed_items', 'determination_drafts', 'item_determinations', 'sync_outbox', 'audit_events'];

describe('migration 0012-archive-and-inbox-indexes', () => {
  let ws: MigratedDatabase;
  let before: unknown[][];
  beforeEach(() => {
    ws = migratedDatabase(7);
    insertCase(ws.db, 'case-open', { caseNumber: 'CM26-0701' });
    insertCase(ws.db, 'case-signed', { caseNumber: 'CM25-0702', status: 'uploaded', claimantName: 'Ruth Okafor' });
    insertItem(ws.db, 'item-1', 'case-signed', 0, 'Lumbar MRI');
    insertDraft(ws.db, 'case-signed', 4);
    insertItemDetermination(ws.db, 'item-1', 'case-signed', 'upheld', 'MTUS Low Back Complaints');
    ws.db
      .prepare(
        "insert into sync_outbox (case_id, package_dir, idempotency_key, created_at, uploaded_at, receipt_json) values ('case-signed', 'CM25-0702/v1', 'key-1', '2026-11-03T10:10:00.000Z', '2026-11-03T11:00:00.000Z', '{}')",
      )
      .run();
    appendAuditEvent(ws.db, {
      at: '2026-11-03T10:10:00.000Z',
      actor: 'RVW-0042',
      action: 'letter.signed',
      caseId: 'case-signed',
      details: { version: 1 },
    });
    before = KEPT.map((t) => rowsOf(ws.db, t));
  });
  afterEach(() => ws.dispose());

  const plan = (sql: string, ...params: unknown[]) =>
    (ws.db.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('; ');

  it('moves to version 12 keeping every case, decision, outbox row and the audit trail, each case not archived', () => {
    expect(ws.upgradeTo(12)).toEqual({ from: 7, to: 12, backupFile: null });
    expect(schemaVersion(ws.db)).toBe(12);
    const after = KEPT.map((t) => rowsOf(ws.db, t));
    // Cases gain the archived_at column (null); every other table is unchanged.
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]).toEqual((before[0] as Record<string, unknown>[]).map((row) => ({ ...row, archived_at: null })));
    expect(columnsOf(ws.db, 'cases').at(-1)).toBe('archived_at');
    expect(verifyAuditTrail(ws.db)).toMatchObject({ ok: true, events: 1 });
  });

  it("reads one case's decisions and outbox rows through an index instead of scanning every case's", () => {
    expect(plan('select decision from item_determinations where case_id = ?', 'case-signed')).toMatch(
      /SCAN item_determinations/,
    );
    ws.upgradeTo(12);
    expect(plan('select decision from item_determinations where case_id = ?', 'case-signed')).toMatch(
      /SEARCH item_determinations USING (COVERING )?INDEX item_determinations_case/,
    );
    expect(plan('select id from sync_outbox where case_id = ?', 'case-signed')).toMatch(
      /USING (COVERING )?INDEX sync_outbox_case/,
    );
    expect(plan('select id from cases where archived_at is null order by due_date')).toMatch(
      /USING (COVERING )?INDEX cases_archived/,
    );
  });

  it('lists archived and unarchived cases apart once a case is archived', () => {
    ws.upgradeTo(12);
    ws.db.prepare("update cases set archived_at = '2026-11-20T08:00:00.000Z' where id = 'case-signed'").run();
    const ids = (where: string) =>
      (ws.db.prepare(`select id from cases where ${where} order by id`).all() as { id: string }[]).map((r) => r.id);
    expect(ids('archived_at is null')).toEqual(['case-open']);
    expect(ids('archived_at is not null')).toEqual(['case-signed']);
  });

  it('brings an archived case back to the inbox when its status opens it again, and only then', () => {
    ws.upgradeTo(12);
    ws.db.prepare("update cases set archived_at = '2026-11-20T08:00:00.000Z' where id = 'case-signed'").run();
    const archivedAt = () =>
      (ws.db.prepare("select archived_at from cases where id = 'case-signed'").get() as { archived_at: string | null })
        .archived_at;
    ws.db.prepare("update cases set status = 'withdrawn' where id = 'case-signed'").run();
    expect(archivedAt()).toBe('2026-11-20T08:00:00.000Z');
    ws.db.prepare("update cases set status = 'in_progress' where id = 'case-signed'").run();
    expect(archivedAt()).toBeNull();
  });
});
