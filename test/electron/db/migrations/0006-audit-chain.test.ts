import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../../electron/core/audit/verifyAuditTrail';
import { GENESIS_HASH } from '../../../../electron/core/db/auditHash';
import { schemaVersion } from '../../../../electron/core/db/migrate';
import { appendAuditEvent, type AuditEventRow } from '../../../../electron/core/db/repositories/auditRepository';
import { insertCase } from './support/legacyRows';
import { columnsOf, migratedDatabase, type MigratedDatabase } from './support/migratedDatabase';

/** Audit events as version 5 wrote them: no hashes, details as each caller serialised them (key order and spacing vary). */
const LEGACY_EVENTS = [
  { at: '2026-11-02T08:59:00.000Z', action: 'session.unlocked', caseId: null, details: '{}' },
  { at: '2026-11-02T09:00:00.000Z', action: 'case.opened', caseId: 'case-a', details: '{"source":"queue"}' },
  {
    at: '2026-11-02T09:03:10.000Z',
    action: 'document.viewed',
    caseId: 'case-a',
    details: '{ "pages": [{"to": 3, "from": 1}], "documentId": "doc-a" }',
  },
  { at: '2026-11-02T09:40:00.000Z', action: 'case.opened', caseId: 'case-b', details: '{"source":"search"}' },
  {
    at: '2026-11-02T10:12:45.000Z',
    action: 'determination.edited',
    caseId: 'case-b',
    details: '{"itemId":"b-i0","fields":["decision","caGuideline"],"revision":12}',
  },
  {
    at: '2026-11-02T10:20:00.000Z',
    action: 'settings.changed',
    caseId: null,
    details: '{"key":"editor.fontSize","value":15}',
  },
] as const;

const legacyColumns = 'select id, at, actor, action, case_id, details_json from audit_events order by id';
const eventRows = (ws: MigratedDatabase) =>
  ws.db.prepare('select * from audit_events order by id').all() as AuditEventRow[];
const hashOf = (ws: MigratedDatabase, id: number) =>
  (ws.db.prepare('select hash from audit_events where id = ?').get(id) as { hash: string }).hash;

describe('migration 0006-audit-chain', () => {
  let ws: MigratedDatabase;
  let before: unknown[];
  beforeEach(() => {
    ws = migratedDatabase(5);
    insertCase(ws.db, 'case-a', { caseNumber: 'CM26-0501' });
    insertCase(ws.db, 'case-b', { caseNumber: 'CM26-0502' });
    const insert = ws.db.prepare(
      "insert into audit_events (at, actor, action, case_id, details_json) values (?, 'RVW-0042', ?, ?, ?)",
    );
    for (const e of LEGACY_EVENTS) insert.run(e.at, e.action, e.caseId, e.details);
    before = ws.db.prepare(legacyColumns).all();
  });
  afterEach(() => ws.dispose());

  it('moves to version 6 and keeps every existing event as it was when upgraded from version 5', () => {
    expect(ws.upgradeTo(6)).toEqual({ from: 5, to: 6, backupFile: null });
    expect(schemaVersion(ws.db)).toBe(6);
    expect(ws.db.prepare(legacyColumns).all()).toEqual(before);
    expect(columnsOf(ws.db, 'audit_events')).toEqual([
      'id',
      'at',
      'actor',
      'action',
      'case_id',
      'details_json',
      'prev_hash',
      'hash',
    ]);
  });

  it('chains the existing events from the genesis hash so that the trail verifies when upgraded', () => {
    ws.upgradeTo(6);
    const rows = eventRows(ws);
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    rows.forEach((row, i) => {
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      if (i > 0) expect(row.prev_hash).toBe(rows[i - 1]?.hash);
    });
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
    expect(verifyAuditTrail(ws.db)).toEqual({ ok: true, events: 6, headHash: rows.at(-1)?.hash, firstBroken: null });
  });

  it('refuses to change or delete an event, existing or new, when upgraded', () => {
    ws.upgradeTo(6);
    appendAuditEvent(ws.db, {
      at: '2026-11-03T08:00:00.000Z',
      actor: 'RVW-0042',
      action: 'case.opened',
      caseId: 'case-a',
      details: {},
    });
    const chained = eventRows(ws);
    for (const id of [2, 7]) {
      expect(() => ws.db.prepare("update audit_events set details_json = '{}' where id = ?").run(id)).toThrow(
        /append-only: events cannot be changed/,
      );
      expect(() => ws.db.prepare('delete from audit_events where id = ?').run(id)).toThrow(
        /append-only: events cannot be deleted/,
      );
    }
    expect(() => ws.db.prepare('delete from audit_events').run()).toThrow(/append-only/);
    expect(eventRows(ws)).toEqual(chained);
  });

  it('refuses an insert that does not extend the end of the chain when upgraded', () => {
    ws.upgradeTo(6);
    const head = eventRows(ws).at(-1)?.hash ?? '';
    const insert = ws.db.prepare(
      "insert into audit_events (id, at, actor, action, case_id, details_json, prev_hash, hash) values (?, '2026-11-03T08:00:00.000Z', 'RVW-0042', 'case.opened', 'case-a', '{}', ?, ?)",
    );
    const refused = /must extend the end of the hash chain/;
    expect(() => insert.run(7, GENESIS_HASH, 'a'.repeat(64))).toThrow(refused);
    expect(() => insert.run(7, hashOf(ws, 3), 'a'.repeat(64))).toThrow(refused);
    expect(() => insert.run(3, head, 'a'.repeat(64))).toThrow(refused);
    expect(() => insert.run(7, head, 'not-a-hash')).toThrow(refused);
    expect(verifyAuditTrail(ws.db)).toMatchObject({ ok: true, events: 6 });
  });

  it('appends after the backfilled events and still verifies when the product records a new event', () => {
    ws.upgradeTo(6);
    const head = eventRows(ws).at(-1)?.hash;
    const id = appendAuditEvent(ws.db, {
      at: '2026-11-03T08:00:00.000Z',
      actor: 'RVW-0042',
      action: 'document.viewed',
      caseId: 'case-b',
      details: { documentId: 'doc-b', pages: [{ from: 2, to: 2 }] },
    });
    expect(id).toBe(7);
    expect(eventRows(ws).at(-1)).toMatchObject({ id: 7, case_id: 'case-b', prev_hash: head });
    expect(verifyAuditTrail(ws.db)).toMatchObject({ ok: true, events: 7, firstBroken: null });
  });
});

describe('migration 0006-audit-chain on an empty trail', () => {
  let ws: MigratedDatabase;
  beforeEach(() => {
    ws = migratedDatabase(5);
  });
  afterEach(() => ws.dispose());

  it('starts the chain at the genesis hash when the first event is recorded after the upgrade', () => {
    ws.upgradeTo(6);
    expect(verifyAuditTrail(ws.db)).toEqual({ ok: true, events: 0, headHash: GENESIS_HASH, firstBroken: null });
    expect(
      appendAuditEvent(ws.db, {
        at: '2026-11-03T08:00:00.000Z',
        actor: 'RVW-0042',
        action: 'session.unlocked',
        caseId: null,
        details: {},
      }),
    ).toBe(1);
    expect(eventRows(ws)[0]?.prev_hash).toBe(GENESIS_HASH);
    expect(verifyAuditTrail(ws.db)).toMatchObject({ ok: true, events: 1 });
  });
});
