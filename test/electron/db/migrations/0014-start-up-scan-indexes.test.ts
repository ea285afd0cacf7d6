import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../electron/core/db/migrate';
import { listCasesToAnalyze, listDocumentIdsToIndex, listDocumentsNeverOcrd } from '../../../../electron/core/db';
import { insertCase, insertDocument } from './support/legacyRows';
import { migratedDatabase, rowsOf, type MigratedDatabase } from './support/migratedDatabase';

const KEPT = ['cases', 'documents', 'record_pages', 'record_index'];
const EXTRACTOR = 'reader-v2';

describe('migration 0014-start-up-scan-indexes', () => {
  let ws: MigratedDatabase;
  let before: unknown[][];
  beforeEach(() => {
    ws = migratedDatabase(13);
    insertCase(ws.db, 'case-open', { caseNumber: 'CM26-1401', status: 'in_progress' });
    insertCase(ws.db, 'case-closed', { caseNumber: 'CM25-1402', status: 'uploaded' });
    insertDocument(ws.db, 'doc-scanned', 'case-open', 'a'.repeat(64));
    insertDocument(ws.db, 'doc-text', 'case-open', 'b'.repeat(64));
    insertDocument(ws.db, 'doc-never-indexed', 'case-open', 'c'.repeat(64));
    insertDocument(ws.db, 'doc-closed', 'case-closed', 'd'.repeat(64));
    const page = ws.db.prepare(
      "insert into record_pages (document_id, page, text, scope, ocr_need) values (?, ?, 'Lumbar strain.', 'page', ?)",
    );
    page.run('doc-scanned', 1, 'no-text');
    page.run('doc-text', 1, null);
    page.run('doc-closed', 1, null);
    const indexed = ws.db.prepare(
      "insert into record_index (document_id, text_pages, scanned_pages, extractor, indexed_at) values (?, 1, 0, ?, '2026-11-02T09:21:00.000Z')",
    );
    indexed.run('doc-scanned', EXTRACTOR);
    indexed.run('doc-text', 'reader-v1');
    indexed.run('doc-closed', EXTRACTOR);
    before = KEPT.map((t) => rowsOf(ws.db, t));
  });
  afterEach(() => ws.dispose());

  const plan = (sql: string, ...params: unknown[]) =>
    (ws.db.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('; ');

  it('moves to version 14 keeping every case, document, page and index row', () => {
    expect(ws.upgradeTo(14)).toEqual({ from: 13, to: 14, backupFile: null });
    expect(schemaVersion(ws.db)).toBe(14);
    expect(KEPT.map((t) => rowsOf(ws.db, t))).toEqual(before);
  });

  it('finds the same documents and cases to work on at start-up as before, now from indexes', () => {
    const found = () => ({
      neverOcrd: listDocumentsNeverOcrd(ws.db),
      toIndex: listDocumentIdsToIndex(ws.db, null, true, EXTRACTOR),
      toAnalyze: listCasesToAnalyze(ws.db, 'analyzer-v1'),
      closedCase: listCasesToAnalyze(ws.db, 'analyzer-v1', 'case-closed'),
    });
    const expected = {
      neverOcrd: ['doc-scanned'],
      toIndex: ['doc-never-indexed', 'doc-text'].sort(),
      toAnalyze: ['case-open'],
      closedCase: ['case-closed'],
    };
    expect({ ...found(), toIndex: found().toIndex.sort() }).toEqual(expected);
    ws.upgradeTo(14);
    expect({ ...found(), toIndex: found().toIndex.sort() }).toEqual(expected);
  });

  it('reads pages waiting for OCR, older extractors and inbox documents through indexes, not whole tables', () => {
    const neverOcrd = 'select distinct document_id from record_pages where ocr_need is not null';
    const older = 'select document_id from record_index where extractor < ? or extractor > ?';
    const inboxDocuments = 'select d.id from cases c join documents d on d.case_id = c.id where c.archived_at is null';
    expect(plan(neverOcrd)).not.toMatch(/record_pages_needing_ocr/);
    expect(plan(older, EXTRACTOR, EXTRACTOR)).toMatch(/SCAN record_index/);
    ws.upgradeTo(14);
    expect(plan(neverOcrd)).toMatch(/SCAN record_pages USING (COVERING )?INDEX record_pages_needing_ocr/);
    expect(plan(older, EXTRACTOR, EXTRACTOR)).toMatch(/SEARCH record_index USING INDEX record_index_extractor/);
    expect(plan(inboxDocuments)).toMatch(/SEARCH c USING COVERING INDEX cases_inbox_order/);
    expect(plan(inboxDocuments)).toMatch(/SEARCH d USING COVERING INDEX documents_case_ids/);
  });

  it('orders the open work of the inbox from one covering index, not from every case row', () => {
    const openWork = `select id, row_number() over (order by due_date, case_number) as n from cases
      where archived_at is null and status not in ('signed', 'uploaded', 'withdrawn') and priority = 'expedited'`;
    expect(plan(openWork)).not.toMatch(/COVERING INDEX/);
    ws.upgradeTo(14);
    expect(plan(openWork)).toMatch(/SEARCH cases USING COVERING INDEX cases_inbox_order \(archived_at=\?/);
  });
});
