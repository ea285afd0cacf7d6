import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../electron/core/db/migrate';
import { scopedQuery, scopeToken } from '../../../../electron/core/db/repositories/recordPageRepository';
import { insertCase, insertDocument } from './support/legacyRows';
import { migratedDatabase, namesOf, rowsOf, type MigratedDatabase } from './support/migratedDatabase';

describe('migration 0002-record-pages', () => {
  let ws: MigratedDatabase;
  let before: { cases: unknown[]; documents: unknown[] };
  beforeEach(() => {
    ws = migratedDatabase(1);
    insertCase(ws.db, 'case-a', { caseNumber: 'CM26-0101' });
    insertCase(ws.db, 'case-b', { caseNumber: 'CM26-0102', claimantName: 'José Núñez' });
    insertDocument(ws.db, 'doc-a', 'case-a', 'a'.repeat(64), 'Spine clinic progress note');
    insertDocument(ws.db, 'doc-b', 'case-b', 'b'.repeat(64), 'Orthopedic consultation');
    before = { cases: rowsOf(ws.db, 'cases'), documents: rowsOf(ws.db, 'documents') };
  });
  afterEach(() => ws.dispose());

  const addPage = (documentId: string, caseId: string, page: number, text: string) =>
    ws.db
      .prepare('insert into record_pages (document_id, page, text, scope) values (?, ?, ?, ?)')
      .run(documentId, page, text, scopeToken(caseId));
  const search = (query: string) =>
    ws.db
      .prepare(
        'select p.document_id, p.page from record_pages_fts f join record_pages p on p.id = f.rowid where record_pages_fts match ? order by p.id',
      )
      .all(query) as object[];

  it('moves to version 2 and keeps the cases and documents when upgraded from version 1', () => {
    expect(ws.upgradeTo(2)).toEqual({ from: 1, to: 2, backupFile: null });
    expect(schemaVersion(ws.db)).toBe(2);
    expect({ cases: rowsOf(ws.db, 'cases'), documents: rowsOf(ws.db, 'documents') }).toEqual(before);
    expect(namesOf(ws.db, 'table')).toEqual(
      expect.arrayContaining(['record_pages', 'record_pages_fts', 'record_index', 'highlights']),
    );
    expect(namesOf(ws.db, 'trigger')).toEqual([
      'record_pages_after_delete',
      'record_pages_after_insert',
      'record_pages_after_update',
    ]);
  });

  it('finds page text of an existing document by stem, prefix, unaccented spelling and case scope when pages are added', () => {
    ws.upgradeTo(2);
    addPage('doc-a', 'case-a', 1, 'Patient reports radiating pain into the left leg. Lumbar radiculopathy suspected.');
    addPage('doc-a', 'case-a', 2, 'Plan: physical therapy, then reassess.');
    addPage('doc-b', 'case-b', 1, 'Café worker with radiating shoulder pain; rotator cuff tear on MRI.');
    expect(search('radiate')).toEqual([
      { document_id: 'doc-a', page: 1 },
      { document_id: 'doc-b', page: 1 },
    ]);
    expect(search('radic*')).toEqual([{ document_id: 'doc-a', page: 1 }]);
    expect(search('cafe')).toEqual([{ document_id: 'doc-b', page: 1 }]);
    expect(search(scopedQuery('case-b', 'radiating'))).toEqual([{ document_id: 'doc-b', page: 1 }]);
  });

  it('keeps the full-text index in step when a page is edited or its document is deleted', () => {
    ws.upgradeTo(2);
    addPage('doc-a', 'case-a', 1, 'Lumbar radiculopathy suspected.');
    addPage('doc-b', 'case-b', 1, 'Cervical strain.');
    ws.db.prepare("update record_pages set text = 'Knee effusion noted.' where document_id = 'doc-a'").run();
    expect(search('lumbar')).toEqual([]);
    expect(search('effusion')).toEqual([{ document_id: 'doc-a', page: 1 }]);
    ws.db.prepare("delete from documents where id = 'doc-a'").run();
    expect(search('effusion')).toEqual([]);
    // With rank 1, FTS5 compares the index against record_pages and fails with "malformed" when they disagree.
    expect(() =>
      ws.db.prepare("insert into record_pages_fts (record_pages_fts, rank) values ('integrity-check', 1)").run(),
    ).not.toThrow();
    expect(search('cervical')).toEqual([{ document_id: 'doc-b', page: 1 }]);
  });

  it('refuses page 0, a page stored twice and a page of a missing document when inserted', () => {
    ws.upgradeTo(2);
    addPage('doc-a', 'case-a', 1, 'First page.');
    expect(() => addPage('doc-a', 'case-a', 0, 'Cover.')).toThrow(/CHECK constraint/);
    expect(() => addPage('doc-a', 'case-a', 1, 'Again.')).toThrow(
      /UNIQUE constraint failed: record_pages.document_id, record_pages.page/,
    );
    expect(() => addPage('doc-missing', 'case-a', 1, 'Orphan.')).toThrow(/FOREIGN KEY constraint/);
  });

  it('stores index state and yellow highlights for an existing document and drops them with the document', () => {
    ws.upgradeTo(2);
    ws.db
      .prepare(
        "insert into record_index (document_id, text_pages, scanned_pages, extractor, indexed_at) values ('doc-a', 2, 1, 'pdfjs', '2026-11-02T09:21:00.000Z')",
      )
      .run();
    ws.db
      .prepare(
        "insert into highlights (id, document_id, page, rects_json, text, created_at) values ('h1', 'doc-a', 2, '[[72,640,300,12]]', 'radiating pain', '2026-11-03T08:00:00.000Z')",
      )
      .run();
    expect(ws.db.prepare("select color from highlights where id = 'h1'").get()).toEqual({ color: 'yellow' });
    ws.db.prepare("delete from documents where id = 'doc-a'").run();
    expect(rowsOf(ws.db, 'record_index')).toEqual([]);
    expect(rowsOf(ws.db, 'highlights')).toEqual([]);
  });
});
