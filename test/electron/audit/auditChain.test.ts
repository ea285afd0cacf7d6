import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportAuditTrail } from '../../../electron/core/audit/exportAuditTrail';
import { recordAuditEvent } from '../../../electron/core/audit/recordAuditEvent';
import { verifyAuditTrail } from '../../../electron/core/audit/verifyAuditTrail';
import type { Db } from '../../../electron/core/db/openDatabase';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';

const dropGuards = (db: Db) =>
  db.exec('drop trigger audit_events_no_update; drop trigger audit_events_no_delete; drop trigger audit_events_chain;');

describe('audit trail', () => {
  let t: TestWorkspace;
  let db: Db;

  beforeEach(async () => {
    t = await createTestWorkspace();
    db = t.backend.ws.db;
    const ws = t.backend.ws;
    db.transaction(() => {
      for (let i = 0; i < 8; i++)
        recordAuditEvent(ws, {
          action: i % 2 ? 'document.viewed' : 'case.opened',
          caseId: `case-${i % 3}`,
          details: { documentId: `doc-${i}`, pages: [{ from: 1, to: i + 1 }] },
        });
    })();
  });
  afterEach(() => t.dispose());

  it('verifies an untouched chain and reports its length and head', () => {
    const result = verifyAuditTrail(db);
    expect(result).toMatchObject({ ok: true, firstBroken: null });
    expect(result.events).toBeGreaterThanOrEqual(8);
    expect(result.headHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses UPDATE, DELETE and an insert that does not extend the chain when the triggers are in place', () => {
    expect(() => db.prepare("update audit_events set action = 'x' where id = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('delete from audit_events where id = 2').run()).toThrow(/append-only/);
    expect(() =>
      db
        .prepare(
          "insert into audit_events (at, actor, action, details_json, prev_hash, hash) values ('t', 'a', 'b', '{}', 'bad', ?)",
        )
        .run('f'.repeat(64)),
    ).toThrow(/hash chain/);
  });

  it('reports the altered event when a row is changed behind the triggers', () => {
    dropGuards(db);
    db.prepare('update audit_events set details_json = ? where id = 4').run('{"documentId":"doc-forged"}');
    expect(verifyAuditTrail(db).firstBroken).toEqual({ id: 4, problem: expect.stringMatching(/changed/) });
  });

  it('reports the gap when a row in the middle is deleted', () => {
    dropGuards(db);
    db.prepare('delete from audit_events where id = 3').run();
    expect(verifyAuditTrail(db).firstBroken).toEqual({ id: 4, problem: expect.stringMatching(/event 3 is missing/) });
  });

  it('reports the first moved event when two rows swap places', () => {
    dropGuards(db);
    const [a, b] = db.prepare('select * from audit_events where id in (2, 3) order by id').all() as Record<
      string,
      unknown
    >[];
    const put = db.prepare(
      'update audit_events set at = @at, actor = @actor, action = @action, case_id = @case_id, details_json = @details_json, prev_hash = @prev_hash, hash = @hash where id = @target',
    );
    put.run({ ...b, target: 2 });
    put.run({ ...a, target: 3 });
    expect(verifyAuditTrail(db).firstBroken?.id).toBe(2);
  });

  it('reports missing events at the end when the newest rows are deleted', () => {
    dropGuards(db);
    const last = (db.prepare('select max(id) as id from audit_events').get() as { id: number }).id;
    db.prepare('delete from audit_events where id >= ?').run(last - 1);
    expect(verifyAuditTrail(db).firstBroken).toEqual({
      id: last - 1,
      problem: expect.stringMatching(/2 event\(s\) at the end/),
    });
  });

  it('refuses details that could carry record or rationale text', () => {
    expect(() =>
      recordAuditEvent(t.backend.ws, {
        action: 'letter.previewed',
        caseId: 'case-1',
        details: { note: 'x'.repeat(201) },
      }),
    ).toThrow(/refused/);
  });

  it('exports one JSON object per line carrying its hashes when a case trail is exported', () => {
    const lines = exportAuditTrail(db, 'case-1')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { caseId: string; hash: string; prevHash: string });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.caseId === 'case-1' && /^[0-9a-f]{64}$/.test(l.hash))).toBe(true);
  });

  it('coalesces repeated "case opened" events and records the next edit as a new link', async () => {
    await t.call('cases.list', {});
    const before = verifyAuditTrail(db).events;
    const ws = t.backend.ws;
    const first = recordAuditEvent(ws, {
      action: 'determination.edited',
      caseId: 'case-9',
      details: { part: 'item' },
      coalesceMs: 60_000,
    });
    const second = recordAuditEvent(ws, {
      action: 'determination.edited',
      caseId: 'case-9',
      details: { part: 'item' },
      coalesceMs: 60_000,
    });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    expect(verifyAuditTrail(db)).toMatchObject({ ok: true, events: before + 1 });
  });
});
