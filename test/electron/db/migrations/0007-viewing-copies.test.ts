import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../../electron/core/audit/verifyAuditTrail';
import { schemaVersion } from '../../../../electron/core/db/migrate';
import { appendAuditEvent } from '../../../../electron/core/db/repositories/auditRepository';
import { scopedQuery, scopeToken } from '../../../../electron/core/db/repositories/recordPageRepository';
import { insertCase, insertDocument } from './support/legacyRows';
import { columnsOf, migratedDatabase, rowsOf, type MigratedDatabase } from './support/migratedDatabase';

const SHA = '3f'.repeat(32);
const KEPT = ['cases', 'documents', 'record_pages', 'record_index', 'audit_events'];

describe('migration 0007-viewing-copies', () => {
  let ws: MigratedDatabase;
  let before: unknown[][];
  beforeEach(() => {
    ws = migratedDatabase(6);
    insertCase(ws.db, 'case-a', { caseNumber: 'CM26-0601' });
    insertDocument(ws.db, 'doc-a', 'case-a', SHA, 'Records compilation');
    const page = ws.db.prepare('insert into record_pages (document_id, page, text, scope) values (?, ?, ?, ?)');
    page.run('doc-a', 1, 'Lumbar MRI shows L4-L5 disc protrusion with foraminal narrowing.', scopeToken('case-a'));
    page.run(
      'doc-a',
      2,
      'Follow-up: radicular symptoms improved after epidural steroid injection.',
      scopeToken('case-a'),
    );
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

  const search = (query: string) =>
    ws.db
      .prepare(
        'select p.document_id, p.page from record_pages_fts f join record_pages p on p.id = f.rowid where record_pages_fts match ? order by p.id',
      )
      .all(query);
  const addCopy = (sha256: string) =>
    ws.db
      .prepare(
        "insert into record_viewing_copies (sha256, update_sha256, update_location, page_count, made_at) values (?, ?, ?, 2, '2026-11-02T09:22:00.000Z')",
      )
      .run(sha256, '9c'.repeat(32), `9c/${'9c'.repeat(32)}`);

  it('moves to version 7 and keeps the records, their index and the audit trail when upgraded from version 6', () => {
    expect(ws.upgradeTo(7)).toEqual({ from: 6, to: 7, backupFile: null });
    expect(schemaVersion(ws.db)).toBe(7);
    expect(KEPT.map((t) => rowsOf(ws.db, t))).toEqual(before);
    expect(verifyAuditTrail(ws.db)).toMatchObject({ ok: true, events: 1 });
    expect(columnsOf(ws.db, 'record_viewing_copies')).toEqual([
      'sha256',
      'update_sha256',
      'update_location',
      'page_count',
      'made_at',
    ]);
    expect(rowsOf(ws.db, 'record_viewing_copies')).toEqual([]);
  });

  it('still finds the text of pages indexed before the upgrade when searched', () => {
    ws.upgradeTo(7);
    expect(search(scopedQuery('case-a', 'epidural'))).toEqual([{ document_id: 'doc-a', page: 2 }]);
    expect(search('protrusion')).toEqual([{ document_id: 'doc-a', page: 1 }]);
  });

  it('stores one viewing copy per original file and refuses a second one for the same file', () => {
    ws.upgradeTo(7);
    addCopy(SHA);
    expect(() => addCopy(SHA)).toThrow(/UNIQUE constraint failed: record_viewing_copies.sha256/);
    expect(
      ws.db
        .prepare('select d.id, v.page_count from documents d join record_viewing_copies v on v.sha256 = d.sha256')
        .all(),
    ).toEqual([{ id: 'doc-a', page_count: 2 }]);
  });
});
