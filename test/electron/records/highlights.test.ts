import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCase } from '../../../electron/core/db/repositories/caseRepository';
import { caseFixture } from '../../support/caseFixture';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { buildRecordPdf } from './support/buildRecordPdf';
import { importFiles } from './support/importFiles';

describe('records highlights', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace();
    insertCase(t.backend.ws.db, caseFixture());
    await importFiles(t, 'case-1', [
      { name: 'note.pdf', bytes: await buildRecordPdf(['Page one.', 'Page two: positive Spurling test on the left.']) },
    ]);
  });
  afterEach(() => t.dispose());

  it('stores highlights as data beside an unchanged PDF and lists them after a restart', async () => {
    const [doc] = await t.call('records.documents', { caseId: 'case-1' });
    const rects = [{ x: 40, y: 740, width: 180.5, height: 12 }];
    const saved = await t.call('records.saveHighlight', {
      documentId: doc!.id,
      page: 2,
      rects,
      text: 'positive Spurling test',
    });
    expect(saved).toMatchObject({
      documentId: doc!.id,
      page: 2,
      rects,
      text: 'positive Spurling test',
      color: 'yellow',
    });
    await t.restart();
    expect(await t.call('records.listHighlights', { documentId: doc!.id })).toEqual([saved]);
    const location = t.backend.ws.db.prepare('select file_location as l from documents').get() as { l: string };
    expect(createHash('sha256').update(t.backend.ws.store.read(location.l)).digest('hex')).toBe(doc!.sha256);
    expect(await t.call('records.deleteHighlight', { highlightId: saved.id })).toEqual({ deleted: true });
    expect(await t.call('records.listHighlights', { documentId: doc!.id })).toEqual([]);
  });

  it('refuses a highlight when the page is past the end of the document', async () => {
    const [doc] = await t.call('records.documents', { caseId: 'case-1' });
    await expect(
      t.call('records.saveHighlight', { documentId: doc!.id, page: 3, rects: [], text: 'x' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('records.documentsReviewed', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace();
    insertCase(t.backend.ws.db, caseFixture());
  });
  afterEach(() => t.dispose());

  it('groups documents by provider and type with dates of service and pages, as the letter prints them', async () => {
    await importFiles(t, 'case-1', [
      {
        name: 'later.pdf',
        bytes: await buildRecordPdf(['Progress note\nDate of service: 06/06/2014\nProvider: Dr. Lee', 'p2']),
      },
      {
        name: 'earlier.txt',
        bytes: Buffer.from('Utilization review determination\nDate: 04/03/2014\nProvider: Example UR'),
      },
      { name: 'follow-up.txt', bytes: Buffer.from('Progress note\nDate of service: 07/10/2014\nProvider: Dr. Lee') },
    ]);
    const { lines } = await t.call('records.documentsReviewed', { caseId: 'case-1' });
    expect(
      lines.map((l) => [l.provider, l.docType, l.firstServiceDate, l.lastServiceDate, l.documentCount, l.pageCount]),
    ).toEqual([
      ['Example UR', 'ur_denial', '2014-04-03', '2014-04-03', 1, 1],
      ['Dr. Lee', 'progress_note', '2014-06-06', '2014-07-10', 2, 3],
    ]);
    expect(lines[1]!.text).toMatch(/^Dr\. Lee: Progress notes, .+ \(2 documents, 3 pages\)$/);
  });
});
