import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCase } from '../../../electron/core/db/repositories/caseRepository';
import { insertDocument } from '../../../electron/core/db/repositories/documentRepository';
import { insertPages, upsertIndexState } from '../../../electron/core/db/repositories/recordPageRepository';
import { RANK_MAX_PAGES } from '../../../electron/core/records/searchRecords';
import { caseFixture } from '../../support/caseFixture';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { buildRecordPdf } from './support/buildRecordPdf';
import { importFiles } from './support/importFiles';

const PAGES = [
  'Chief complaint: neck pain. The patient reports neck pain radiating to the left arm.',
  'Assessment: cervical radiculopathy, left C6. Radiculopathy is worse with rotation. Radicular symptoms persist.',
  'Plan: physical therapy twice weekly. Follow up in four weeks.',
  'Prior injuries: low back injury in 2008, knee injury in 2011.',
  'MRI cervical spine: C5-6 disc protrusion with mild foraminal narrowing.',
];

describe('records.search', () => {
  let t: TestWorkspace;
  let documentId: string;
  beforeEach(async () => {
    t = await createTestWorkspace();
    insertCase(t.backend.ws.db, caseFixture());
    insertCase(t.backend.ws.db, caseFixture({ id: 'case-2', caseNumber: 'CM14-0000002' }));
    await importFiles(t, 'case-1', [{ name: 'Clinic notes.pdf', bytes: await buildRecordPdf(PAGES) }]);
    await importFiles(t, 'case-2', [
      { name: 'Other case.txt', bytes: Buffer.from('radiculopathy radiculopathy radiculopathy in another claimant') },
    ]);
    documentId = (await t.call('records.documents', { caseId: 'case-1' }))[0]!.id;
  });
  afterEach(() => t.dispose());

  it('ranks the page with the most matches first and marks the matches in its snippet', async () => {
    const { hits, total } = await t.call('records.search', { caseId: 'case-1', query: 'radiculopathy' });
    expect(total).toBe(1);
    expect(hits[0]).toMatchObject({ documentId, title: 'Clinic notes', page: 2 });
    expect(hits[0]!.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual([
      'radiculopathy',
      'radiculopathy',
    ]);
    const pain = await t.call('records.search', { caseId: 'case-1', query: 'pain' });
    expect(pain.hits.map((h) => h.page)).toEqual([1]);
  });

  it('finds phrases, prefixes, stems and several words when the query uses them', async () => {
    const pages = async (query: string) =>
      (await t.call('records.search', { caseId: 'case-1', query })).hits.map((h) => h.page).sort();
    expect(await pages('"disc protrusion"')).toEqual([5]);
    expect(await pages('"protrusion disc"')).toEqual([]);
    expect(await pages('radic*')).toEqual([2]);
    expect(await pages('injury')).toEqual([4]);
    expect(await pages('neck left')).toEqual([1]);
    expect(await pages('knee OR therapy')).toEqual([3, 4]);
    expect(await pages('C5-6')).toEqual([5]);
  });

  it('lists pages in record order when a word is on more than half of the pages', async () => {
    const { hits, total, ranked } = await t.call('records.search', { caseId: 'case-1', query: 'in OR the OR with' });
    expect(total).toBe(5);
    expect(ranked).toBe(false);
    expect(hits.map((h) => h.page)).toEqual([1, 2, 3, 4, 5]);
  });

  it('ranks prefix matches by how often the words occur and marks every matched word', async () => {
    const { hits, ranked } = await t.call('records.search', { caseId: 'case-1', query: 'rad*' });
    expect(ranked).toBe(true);
    expect(hits.map((h) => h.page)).toEqual([2, 1]);
    expect(hits[0]!.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual([
      'radiculopathy',
      'radiculopathy',
      'radicular',
    ]);
    expect(hits[1]!.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['radiating']);
  });

  it(`lists pages in record order when more than ${RANK_MAX_PAGES} pages match, so one search never scores the whole index`, async () => {
    const db = t.backend.ws.db;
    const pages = Array.from({ length: 2 * RANK_MAX_PAGES + 4 }, (_, i) => ({
      page: i + 1,
      text: i % 2 === 0 ? `tendon ${'tendon '.repeat(i % 7)}note ${i}` : `unrelated page ${i}`,
    }));
    db.transaction(() => {
      insertDocument(db, {
        id: 'huge',
        caseId: 'case-1',
        title: 'Huge',
        docType: 'other',
        provider: '',
        serviceDate: null,
        sha256: 'f'.repeat(64),
        pageCount: pages.length,
        mimeType: 'text/plain',
        sizeBytes: 1,
        fileLocation: `ff/${'f'.repeat(64)}`,
        reviewed: false,
        importedAt: 'x',
      });
      insertPages(db, 'huge', 'case-1', pages);
      upsertIndexState(db, {
        documentId: 'huge',
        textPages: pages.length,
        scannedPages: 0,
        extractor: 'test',
        indexedAt: 'x',
      });
    })();
    const { hits, total, ranked } = await t.call('records.search', { caseId: 'case-1', query: 'tendon' });
    expect(total).toBe(RANK_MAX_PAGES + 2);
    expect(ranked).toBe(false);
    expect(hits.map((h) => h.page)).toEqual(Array.from({ length: 50 }, (_, i) => 2 * i + 1));
    const fewer = await t.call('records.search', {
      caseId: 'case-1',
      query: '"tendon tendon tendon tendon tendon tendon tendon"',
    });
    expect(fewer.ranked).toBe(true);
  });

  it('never throws and finds nothing when the query is only FTS syntax', async () => {
    for (const query of ['"', 'NEAR(', '*', 'AND OR NOT', 'text:', '(((', '^', '']) {
      await expect(t.call('records.search', { caseId: 'case-1', query })).resolves.toMatchObject({
        total: expect.any(Number),
      });
    }
    expect((await t.call('records.search', { caseId: 'case-1', query: 'neck)' })).hits.map((h) => h.page)).toEqual([1]);
  });

  it('returns the words a query matched on a page for the viewer to highlight', async () => {
    expect(
      (await t.call('records.matchTerms', { documentId, page: 2, query: 'radic*' })).terms
        .map((s) => s.toLowerCase())
        .sort(),
    ).toEqual(['radicular', 'radiculopathy']);
    expect((await t.call('records.matchTerms', { documentId, page: 4, query: 'injury' })).terms.sort()).toEqual([
      'injuries',
      'injury',
    ]);
    expect((await t.call('records.matchTerms', { documentId, page: 5, query: '"disc protrusion"' })).terms).toEqual([
      'disc protrusion',
    ]);
    expect((await t.call('records.matchTerms', { documentId, page: 3, query: 'radiculopathy' })).terms).toEqual([]);
  });

  it("forgets a document's pages when its case is deleted", async () => {
    t.backend.ws.db.prepare('delete from cases where id = ?').run('case-2');
    const left = t.backend.ws.db
      .prepare("select count(*) as n from record_pages_fts where record_pages_fts match 'another'")
      .get() as { n: number };
    expect(left.n).toBe(0);
  });
});
