import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../../electron/core/audit/verifyAuditTrail';
import { schemaVersion } from '../../../../electron/core/db/migrate';
import { appendAuditEvent } from '../../../../electron/core/db/repositories/auditRepository';
import { scopedQuery, scopeToken } from '../../../../electron/core/db/repositories/recordPageRepository';
import { insertCase, insertDocument } from './support/legacyRows';
import { columnsOf, migratedDatabase, rowsOf, type MigratedDatabase } from './support/migratedDatabase';

describe('migration 0008-ocr', () => {
  let ws: MigratedDatabase;
  beforeEach(() => {
    ws = migratedDatabase(7);
    insertCase(ws.db, 'case-a', { caseNumber: 'CM26-0801' });
    insertDocument(ws.db, 'doc-a', 'case-a', '3f'.repeat(32), 'Faxed PT notes');
    insertDocument(ws.db, 'doc-img', 'case-a', '4e'.repeat(32), 'Wound photo');
    ws.db.prepare("update documents set mime_type = 'image/png' where id = 'doc-img'").run();
    const page = ws.db.prepare('insert into record_pages (document_id, page, text, scope) values (?, ?, ?, ?)');
    page.run('doc-a', 1, 'Lumbar MRI shows L4-L5 disc protrusion with foraminal narrowing.', scopeToken('case-a'));
    page.run('doc-a', 2, '', scopeToken('case-a'));
    page.run('doc-img', 1, '', scopeToken('case-a'));
    appendAuditEvent(ws.db, {
      at: '2026-11-02T09:30:00.000Z',
      actor: 'RVW-0042',
      action: 'document.viewed',
      caseId: 'case-a',
      details: { documentId: 'doc-a', pages: [{ from: 1, to: 2 }] },
    });
  });
  afterEach(() => ws.dispose());

  const search = (query: string) =>
    ws.db
      .prepare(
        'select p.document_id, p.page from record_pages_fts f join record_pages p on p.id = f.rowid where record_pages_fts match ? order by p.id',
      )
      .all(query);

  it('keeps every page and marks the ones without text, and image pages, as needing OCR when upgraded from version 7', () => {
    const before = rowsOf(ws.db, 'record_pages');
    expect(ws.upgradeTo(8)).toEqual({ from: 7, to: 8, backupFile: null });
    expect(schemaVersion(ws.db)).toBe(8);
    expect(verifyAuditTrail(ws.db)).toMatchObject({ ok: true, events: 1 });
    expect(columnsOf(ws.db, 'record_pages')).toEqual(
      expect.arrayContaining(['text', 'scope', 'source', 'ocr_need', 'scan_dpi', 'extra']),
    );
    expect(
      ws.db.prepare('select document_id, page, text, source, ocr_need from record_pages order by id').all(),
    ).toEqual([
      {
        document_id: 'doc-a',
        page: 1,
        text: (before[0] as { text: string }).text,
        source: 'text',
        ocr_need: null,
      },
      { document_id: 'doc-a', page: 2, text: '', source: 'text', ocr_need: 'no-text' },
      { document_id: 'doc-img', page: 1, text: '', source: 'text', ocr_need: 'image' },
    ]);
    expect(rowsOf(ws.db, 'record_ocr_runs')).toEqual([]);
    expect(rowsOf(ws.db, 'record_ocr_pages')).toEqual([]);
  });

  it('still finds pages indexed before the upgrade, and indexes form-field text and OCR text written after it', () => {
    ws.upgradeTo(8);
    expect(search(scopedQuery('case-a', 'protrusion'))).toEqual([{ document_id: 'doc-a', page: 1 }]);
    ws.db.prepare("update record_pages set text = 'Gabapentin started', source = 'ocr' where page = 2").run();
    ws.db.prepare("update record_pages set extra = 'Claimant signature: J. Doe' where document_id = 'doc-img'").run();
    expect(search(scopedQuery('case-a', 'gabapentin'))).toEqual([{ document_id: 'doc-a', page: 2 }]);
    expect(search(scopedQuery('case-a', 'claimant'))).toEqual([{ document_id: 'doc-img', page: 1 }]);
    ws.db.prepare("delete from record_pages where document_id = 'doc-img'").run();
    expect(search(scopedQuery('case-a', 'claimant'))).toEqual([]);
  });

  it('drops a document’s OCR runs and results with the document', () => {
    ws.upgradeTo(8);
    ws.db
      .prepare(
        "insert into record_ocr_runs (id, document_id, state, staged, reason, settings_json, requested_at) values ('run-1', 'doc-a', 'pending', 0, 'upgrade', '{}', '2026-11-02T09:31:00.000Z')",
      )
      .run();
    ws.db
      .prepare(
        "insert into record_ocr_pages (run_id, document_id, page, state, text, words_json, engine, settings_json, read_ms, done_at) values ('run-1', 'doc-a', 2, 'done', 'Gabapentin', '[]', 'tesseract.js', '{}', 900, '2026-11-02T09:32:00.000Z')",
      )
      .run();
    ws.db.prepare("delete from documents where id = 'doc-a'").run();
    expect(rowsOf(ws.db, 'record_ocr_runs')).toEqual([]);
    expect(rowsOf(ws.db, 'record_ocr_pages')).toEqual([]);
  });
});
