import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRecordRange } from '../../../electron/core/records/readRecordRange';
import { PAGE_TREE_FANOUT } from '../../../electron/core/records/balancePageTree';
import { assignCase } from '../../../server/assignments/assignCase';
import type { TestWorkspace } from '../../support/createTestWorkspace';
import { buildRecordPdf } from '../records/support/buildRecordPdf';
import { medicalPages } from '../records/support/medicalText';
import { startSyncServerWithSigner, type TestSigner } from './support/signForTest';
import { REVIEWER, syntheticCaseFolder, type SyncServerForTest } from './support/syncServerForTest';
import { openWorkspaceOf, syncedWorkspaceForTest } from './support/syncedWorkspaceForTest';

describe('records downloaded by sync', () => {
  let server: SyncServerForTest;
  let tw: TestWorkspace;
  let signer: TestSigner;

  beforeEach(async () => {
    ({ server, signer } = await startSyncServerWithSigner(signer));
  });
  afterEach(async () => {
    tw?.dispose();
    await server.stop();
  });

  it('are indexed, searchable and given a viewing copy right after the sync, before the reviewer opens the case', async () => {
    const folder = syntheticCaseFolder(1, 0, 0);
    const pdf = Buffer.from(await buildRecordPdf(medicalPages(220), { tree: 'flat' }));
    folder.files.push({ bytes: pdf, mimeType: 'application/pdf', pageCount: 220 }, { bytes: Buffer.from('Nurse note: lumbar epidural steroid injection tolerated well.'), mimeType: 'text/plain', pageCount: 1 });
    folder.caseFile.documents = [
      { title: 'Complete records', docType: 'other', file: 'records.pdf', provider: 'Clinic', serviceDate: '2026-09-01', mimeType: 'application/pdf' },
      { title: 'Nurse note', docType: 'progress_note', file: 'note.txt', provider: 'Clinic', serviceDate: '2026-09-02', mimeType: 'text/plain' },
    ];
    const { caseId } = assignCase(server.server.db, server.records, REVIEWER, folder, new Date());
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    expect((await tw.call('sync.run', {})).lastRun).toMatchObject({ recordsDownloaded: 2 });

    const deadline = Date.now() + 30_000;
    let docs = await tw.call('records.documents', { caseId });
    while (docs.some((d) => !d.indexed) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
      docs = await tw.call('records.documents', { caseId });
    }
    expect(docs.map((d) => [d.title, d.indexed, d.pageCount]).sort()).toEqual([['Complete records', true, 220], ['Nurse note', true, 1]]);
    expect((await tw.call('records.search', { caseId, query: 'epidural' })).hits.map((h) => h.title)).toContain('Nurse note');

    const served = readRecordRange(openWorkspaceOf(tw), docs.find((d) => d.title === 'Complete records')!.id, undefined).body;
    expect(served.subarray(0, pdf.byteLength).equals(pdf)).toBe(true);
    const tree = await PDFDocument.load(served, { updateMetadata: false });
    expect(tree.catalog.lookup(PDFName.of('Pages'), PDFDict).lookup(PDFName.of('Kids'), PDFArray).size()).toBeLessThanOrEqual(PAGE_TREE_FANOUT);
  });
});
