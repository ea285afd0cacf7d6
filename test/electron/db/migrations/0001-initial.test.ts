import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../electron/core/db/migrate';
import { insertCase, insertDocument, insertDraft, insertItem, insertItemDetermination } from './support/legacyRows';
import { migratedDatabase, namesOf, type MigratedDatabase } from './support/migratedDatabase';

describe('migration 0001-initial', () => {
  let ws: MigratedDatabase;
  beforeEach(() => {
    ws = migratedDatabase(0);
  });
  afterEach(() => ws.dispose());

  it('creates the case tables and their indexes at version 1 when the database is empty', () => {
    expect([schemaVersion(ws.db), namesOf(ws.db, 'table')]).toEqual([0, []]);
    expect(ws.upgradeTo(1)).toEqual({ from: 0, to: 1, backupFile: null });
    expect(schemaVersion(ws.db)).toBe(1);
    expect(namesOf(ws.db, 'table')).toEqual([
      'audit_events',
      'cases',
      'determination_drafts',
      'disputed_items',
      'documents',
      'item_determinations',
      'settings',
      'sqlite_sequence',
    ]);
    expect(namesOf(ws.db, 'index').filter((n) => !n.startsWith('sqlite_autoindex'))).toEqual([
      'audit_events_case',
      'cases_due',
      'disputed_items_case',
      'documents_case',
      'documents_case_sha',
    ]);
  });

  it('fills the column defaults when a case, document and audit event give only the required fields', () => {
    ws.upgradeTo(1);
    ws.db
      .prepare(
        "insert into cases (id, case_number, priority, received_date, due_date, date_of_injury, ur_decision_date, claimant_name, claimant_age, claimant_sex, updated_at) values ('c1', 'CM26-0001', 'expedited', '2026-11-02', '2026-11-05', '2025-03-14', '2026-09-18', 'Ana Ruiz', 39, 'female', '2026-11-02T09:00:00.000Z')",
      )
      .run();
    ws.db
      .prepare(
        "insert into audit_events (at, actor, action, case_id) values ('2026-11-02T09:00:00.000Z', 'reviewer', 'case.opened', 'c1')",
      )
      .run();
    expect(
      ws.db
        .prepare("select status, application_date, claims_administrator, body_parts_json from cases where id = 'c1'")
        .get(),
    ).toEqual({
      status: 'assigned',
      application_date: null,
      claims_administrator: '',
      body_parts_json: '[]',
    });
    expect(ws.db.prepare('select id, details_json from audit_events').get()).toEqual({ id: 1, details_json: '{}' });
  });

  it('refuses a priority, UR decision or determination outside the allowed values when inserted', () => {
    ws.upgradeTo(1);
    insertCase(ws.db, 'c1', { caseNumber: 'CM26-0001' });
    expect(() => insertCase(ws.db, 'c2', { caseNumber: 'CM26-0002', priority: 'urgent' })).toThrow(/CHECK constraint/);
    expect(() =>
      ws.db
        .prepare(
          "insert into disputed_items (id, case_id, position, requested_treatment, ur_decision) values ('i1', 'c1', 0, 'MRI lumbar spine', 'approved')",
        )
        .run(),
    ).toThrow(/CHECK constraint/);
    insertItem(ws.db, 'i1', 'c1', 0, 'MRI lumbar spine');
    expect(() =>
      ws.db
        .prepare(
          "insert into item_determinations (item_id, case_id, decision, rationale_json, updated_at) values ('i1', 'c1', 'maybe', '{}', '2026-11-03T10:00:00.000Z')",
        )
        .run(),
    ).toThrow(/CHECK constraint/);
  });

  it('refuses a second case number or the same file twice in one case, but not the same file in another case', () => {
    ws.upgradeTo(1);
    insertCase(ws.db, 'c1', { caseNumber: 'CM26-0001' });
    insertCase(ws.db, 'c2', { caseNumber: 'CM26-0002' });
    expect(() => insertCase(ws.db, 'c3', { caseNumber: 'CM26-0001' })).toThrow(
      /UNIQUE constraint failed: cases.case_number/,
    );
    const sha = 'a'.repeat(64);
    insertDocument(ws.db, 'd1', 'c1', sha);
    expect(() => insertDocument(ws.db, 'd2', 'c1', sha)).toThrow(
      /UNIQUE constraint failed: documents.case_id, documents.sha256/,
    );
    expect(() => insertDocument(ws.db, 'd3', 'c2', sha)).not.toThrow();
  });

  it('deletes the items, documents, draft and item determinations with their case when the case is deleted', () => {
    ws.upgradeTo(1);
    insertCase(ws.db, 'c1', { caseNumber: 'CM26-0001' });
    insertCase(ws.db, 'c2', { caseNumber: 'CM26-0002' });
    for (const caseId of ['c1', 'c2']) {
      insertItem(ws.db, `${caseId}-i0`, caseId, 0, 'Physical therapy x 12 visits');
      insertDocument(ws.db, `${caseId}-d0`, caseId, 'b'.repeat(64));
      insertDraft(ws.db, caseId, 3);
      insertItemDetermination(ws.db, `${caseId}-i0`, caseId, 'upheld', 'MTUS Chronic Pain');
    }
    ws.db.prepare("delete from cases where id = 'c1'").run();
    const left = (table: string) => ws.db.prepare(`select case_id from ${table}`).all();
    for (const table of ['disputed_items', 'documents', 'determination_drafts', 'item_determinations'])
      expect(left(table)).toEqual([{ case_id: 'c2' }]);
  });

  it('refuses an item for a case that does not exist when foreign keys are on', () => {
    ws.upgradeTo(1);
    expect(() => insertItem(ws.db, 'i1', 'missing', 0, 'MRI lumbar spine')).toThrow(/FOREIGN KEY constraint/);
  });
});
