import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listOutboxRows } from '../../../electron/core/db/repositories/syncOutboxRepository';
import { listDocuments } from '../../../electron/core/db/repositories/documentRepository';
import { findPackageByReceipt } from '../../../server/repositories/packageRepository';
import type { TestWorkspace } from '../../support/createTestWorkspace';
import { signCaseForTest, startSyncServerWithSigner, type TestSigner } from './support/signForTest';
import type { SyncServerForTest } from './support/syncServerForTest';
import { openWorkspaceOf, syncedWorkspaceForTest } from './support/syncedWorkspaceForTest';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { readRecordRange } from '../../../electron/core/records/readRecordRange';
import { PAGE_TREE_FANOUT } from '../../../electron/core/records/balancePageTree';
import { assignCase } from '../../../server/assignments/assignCase';
import { buildRecordPdf } from '../records/support/buildRecordPdf';
import { medicalPages } from '../records/support/medicalText';
import { REVIEWER, syntheticCaseFolder } from './support/syncServerForTest';

describe('sync engine', () => {
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

  it('downloads assigned cases and their records with verified hashes when syncing the first time', async () => {
    const a = await server.assign(1, { records: 2, recordBytes: 40_000 });
    const b = await server.assign(2);
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    const status = await tw.call('sync.run', {});
    expect(status.lastError).toBeNull();
    expect(status.lastSyncAt).not.toBeNull();
    expect(status.lastRun).toMatchObject({ casesUpdated: 2, recordsDownloaded: 3, fullResync: true });
    const cases = await tw.call('cases.list', {});
    expect(cases.map((c) => c.caseNumber).sort()).toEqual([a.caseNumber, b.caseNumber]);
    const ws = openWorkspaceOf(tw);
    for (const sha of [...a.shas, ...b.shas]) {
      expect(ws.store.has(sha)).toBe(true);
      const doc = listDocuments(ws.db, sha === b.shas[0] ? b.caseId : a.caseId).find((d) => d.sha256 === sha);
      expect(createHash('sha256').update(ws.store.read(doc!.fileLocation)).digest('hex')).toBe(sha);
    }
  });

  it('uploads a signed determination, stores its receipt and marks the case uploaded when syncing', async () => {
    const a = await server.assign(1);
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    await tw.call('sync.run', {});
    const signed = signCaseForTest(openWorkspaceOf(tw), a.caseId, signer);
    expect((await tw.call('sync.status', {})).pendingUploads).toBe(1);

    const status = await tw.call('sync.run', {});
    expect(status.lastError).toBeNull();
    expect(status.pendingUploads).toBe(0);
    expect(status.recentReceipts).toHaveLength(1);
    const receipt = status.recentReceipts[0]!;
    expect(receipt.caseNumber).toBe(a.caseNumber);
    expect((await tw.call('cases.get', { caseId: a.caseId })).case.status).toBe('uploaded');
    const row = listOutboxRows(openWorkspaceOf(tw).db, a.caseId)[0]!;
    expect(row.uploadedAt).not.toBeNull();
    expect(JSON.parse(row.receiptJson!)).toMatchObject({ receiptId: receipt.receiptId, caseId: a.caseId });
    expect(await findPackageByReceipt(server.adminDb().query, receipt.receiptId)).not.toBeNull();
    expect(signed.outboxId).toBe(row.id);
  });

  it('keeps the outbox row pending and reports the error in words when the server is down', async () => {
    const a = await server.assign(1);
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    await tw.call('sync.run', {});
    signCaseForTest(openWorkspaceOf(tw), a.caseId, signer);
    await server.server.stop();
    const status = await tw.call('sync.run', {});
    expect(status.pendingUploads).toBe(1);
    expect(status.lastError?.code).toBe('NETWORK');
    expect(status.lastError?.message).toMatch(/Could not reach the sync server/);
    await server.server.start();
    const after = await tw.call('sync.run', {});
    expect(after.lastError).toBeNull();
    expect(after.pendingUploads).toBe(0);
  });

  it('indexes downloaded records, searchable and with a viewing copy, right after the sync, before the reviewer opens the case', async () => {
    const folder = syntheticCaseFolder(1, 0, 0);
    const pdf = Buffer.from(await buildRecordPdf(medicalPages(220), { tree: 'flat' }));
    folder.files.push(
      { bytes: pdf, mimeType: 'application/pdf', pageCount: 220 },
      {
        bytes: Buffer.from('Nurse note: lumbar epidural steroid injection tolerated well.'),
        mimeType: 'text/plain',
        pageCount: 1,
      },
    );
    folder.caseFile.documents = [
      {
        title: 'Complete records',
        docType: 'other',
        file: 'records.pdf',
        provider: 'Clinic',
        serviceDate: '2026-09-01',
        mimeType: 'application/pdf',
      },
      {
        title: 'Nurse note',
        docType: 'progress_note',
        file: 'note.txt',
        provider: 'Clinic',
        serviceDate: '2026-09-02',
        mimeType: 'text/plain',
      },
    ];
    const { caseId } = await assignCase(server.adminDb(), server.storage(), REVIEWER, folder, new Date());
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    expect((await tw.call('sync.run', {})).lastRun).toMatchObject({ recordsDownloaded: 2 });

    const deadline = Date.now() + 30_000;
    let docs = await tw.call('records.documents', { caseId });
    while (docs.some((d) => !d.indexed) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
      docs = await tw.call('records.documents', { caseId });
    }
    expect(docs.map((d) => [d.title, d.indexed, d.pageCount]).sort()).toEqual([
      ['Complete records', true, 220],
      ['Nurse note', true, 1],
    ]);
    expect((await tw.call('records.search', { caseId, query: 'epidural' })).hits.map((h) => h.title)).toContain(
      'Nurse note',
    );

    const served = readRecordRange(
      openWorkspaceOf(tw),
      docs.find((d) => d.title === 'Complete records')!.id,
      undefined,
    ).body;
    expect(served.subarray(0, pdf.byteLength).equals(pdf)).toBe(true);
    const tree = await PDFDocument.load(served, { updateMetadata: false });
    expect(
      tree.catalog.lookup(PDFName.of('Pages'), PDFDict).lookup(PDFName.of('Kids'), PDFArray).size(),
    ).toBeLessThanOrEqual(PAGE_TREE_FANOUT);
  });
});
