import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../../electron/core/audit/verifyAuditTrail';
import { schemaVersion } from '../../../../electron/core/db/migrate';
import { appendAuditEvent } from '../../../../electron/core/db/repositories/auditRepository';
import { scopeToken } from '../../../../electron/core/db/repositories/recordPageRepository';
import { insertCase, insertDocument } from './support/legacyRows';
import { columnsOf, migratedDatabase, rowsOf, type MigratedDatabase } from './support/migratedDatabase';

const KEPT = ['cases', 'documents', 'record_pages', 'record_index', 'record_viewing_copies', 'audit_events'];

describe('migration 0011-encounters-duplicates-coverage', () => {
  let ws: MigratedDatabase;
  let before: unknown[][];
  beforeEach(() => {
    ws = migratedDatabase(7);
    insertCase(ws.db, 'case-a', { caseNumber: 'CM26-0601' });
    insertDocument(ws.db, 'doc-a', 'case-a', '4e'.repeat(32), 'Complete medical records');
    const page = ws.db.prepare('insert into record_pages (document_id, page, text, scope) values (?, ?, ?, ?)');
    page.run(
      'doc-a',
      1,
      'PROGRESS NOTE\nDate of service: 06/06/2014\nNeck pain, left C6 radiculopathy.',
      scopeToken('case-a'),
    );
    page.run('doc-a', 2, 'MRI CERVICAL SPINE\nExam date: 04/21/2014\nC5-6 disc protrusion.', scopeToken('case-a'));
    ws.db
      .prepare(
        "insert into record_index (document_id, text_pages, scanned_pages, extractor, indexed_at) values ('doc-a', 2, 0, 'pdfjs', '2026-11-02T09:21:00.000Z')",
      )
      .run();
    appendAuditEvent(ws.db, {
      at: '2026-11-02T09:30:00.000Z',
      actor: 'RVW-0042',
      action: 'document.viewed',
      caseId: 'case-a',
      details: { documentId: 'doc-a', pages: [{ from: 1, to: 2 }] },
    });
    before = KEPT.map((t) => rowsOf(ws.db, t));
  });
  afterEach(() => ws.dispose());

  it('moves to version 11 with empty analysis tables and keeps the records and the audit trail', () => {
    expect(ws.upgradeTo(11)).toEqual({ from: 7, to: 11, backupFile: null });
    expect(schemaVersion(ws.db)).toBe(11);
    // Columns that later-numbered migrations on the way (OCR's page provenance) add may appear; none may change.
    expect(KEPT.map((t) => rowsOf(ws.db, t))).toMatchObject(before);
    expect(verifyAuditTrail(ws.db)).toMatchObject({ ok: true, events: 1 });
    for (const table of [
      'case_analysis',
      'encounters',
      'encounter_boundaries',
      'encounter_corrections',
      'page_similarities',
      'duplicate_pages',
      'duplicate_verdicts',
      'page_views',
    ])
      expect(rowsOf(ws.db, table), table).toEqual([]);
    expect(columnsOf(ws.db, 'encounters')).toEqual([
      'document_id',
      'start_page',
      'end_page',
      'case_id',
      'service_date',
      'date_confidence',
      'doc_type',
      'type_confidence',
      'provider',
      'provider_confidence',
      'facility',
      'facility_confidence',
      'title',
      'extract',
      'notes_json',
    ]);
  });

  it('defaults the duplicate threshold to 80% and refuses one outside 50–100%', () => {
    ws.upgradeTo(11);
    ws.db.prepare("insert into case_analysis (case_id) values ('case-a')").run();
    expect(rowsOf(ws.db, 'case_analysis')).toEqual([
      {
        case_id: 'case-a',
        analyzed_at: null,
        analyzer: '',
        pages: 0,
        duration_ms: 0,
        complete: 0,
        duplicate_threshold: 0.8,
      },
    ]);
    expect(() =>
      ws.db.prepare("update case_analysis set duplicate_threshold = 0.3 where case_id = 'case-a'").run(),
    ).toThrow(/CHECK constraint failed/);
  });

  it('refuses an encounter that ends before it starts and a correction of an unknown field', () => {
    ws.upgradeTo(11);
    const encounter = ws.db.prepare(
      "insert into encounters (document_id, start_page, end_page, case_id, date_confidence, doc_type, type_confidence, provider_confidence, facility_confidence) values ('doc-a', ?, ?, 'case-a', 0.9, 'progress_note', 0.9, 0, 0)",
    );
    encounter.run(1, 2);
    expect(() => encounter.run(2, 1)).toThrow(/CHECK constraint failed/);
    expect(() =>
      ws.db
        .prepare(
          "insert into encounter_corrections (document_id, start_page, field, value, corrected_at) values ('doc-a', 1, 'title', 'x', '2026-11-03T10:00:00.000Z')",
        )
        .run(),
    ).toThrow(/CHECK constraint failed/);
  });

  it("removes a document's analysis, corrections and page views with the document", () => {
    ws.upgradeTo(11);
    const at = '2026-11-03T10:00:00.000Z';
    ws.db
      .prepare(
        "insert into encounters (document_id, start_page, end_page, case_id, date_confidence, doc_type, type_confidence, provider_confidence, facility_confidence) values ('doc-a', 1, 2, 'case-a', 0.9, 'progress_note', 0.9, 0, 0)",
      )
      .run();
    ws.db.prepare("insert into encounter_boundaries values ('doc-a', 2, 'split', ?)").run(at);
    ws.db.prepare("insert into encounter_corrections values ('doc-a', 1, 'serviceDate', '2014-06-06', ?)").run(at);
    ws.db.prepare("insert into page_views values ('doc-a', 1, 2400, ?, ?)").run(at, at);
    ws.db
      .prepare("insert into page_similarities values ('case-a', 'doc-a', 1, 'doc-a', 2, 0.91, 'text', 300, 290)")
      .run();
    ws.db.prepare("delete from documents where id = 'doc-a'").run();
    for (const table of [
      'encounters',
      'encounter_boundaries',
      'encounter_corrections',
      'page_views',
      'page_similarities',
    ])
      expect(rowsOf(ws.db, table), table).toEqual([]);
  });
});
