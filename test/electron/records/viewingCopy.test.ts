import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCase } from '../../../electron/core/db/repositories/caseRepository';
import { insertDocument } from '../../../electron/core/db/repositories/documentRepository';
import { findViewingCopy } from '../../../electron/core/db/repositories/viewingCopyRepository';
import { PAGE_TREE_FANOUT } from '../../../electron/core/records/balancePageTree';
import { readRecordRange } from '../../../electron/core/records/readRecordRange';
import { caseFixture } from '../../support/caseFixture';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { buildRecordPdf } from './support/buildRecordPdf';
import { importFiles, waitForJob } from './support/importFiles';
import { medicalPages } from './support/medicalText';

const rootKids = async (bytes: Uint8Array) => {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return pdf.catalog.lookup(PDFName.of('Pages'), PDFDict).lookup(PDFName.of('Kids'), PDFArray).size();
};

async function lastPageText(bytes: Uint8Array): Promise<{ numPages: number; text: string }> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const doc = await task.promise;
  const content = await (await doc.getPage(doc.numPages)).getTextContent();
  const out = { numPages: doc.numPages, text: content.items.map((i) => ('str' in i ? i.str : '')).join('') };
  await task.destroy();
  return out;
}

describe('viewing copies of long PDFs', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace();
    insertCase(t.backend.ws.db, caseFixture());
    insertCase(t.backend.ws.db, caseFixture({ id: 'case-2', caseNumber: 'CM14-0000002' }));
  });
  afterEach(() => t.dispose());

  it('serves a long flat-tree PDF to the viewer as the original plus a balanced page tree; the document keeps the original hash', async () => {
    const original = await buildRecordPdf(medicalPages(260), { tree: 'flat' });
    expect(await rootKids(original)).toBe(260);
    const status = await importFiles(t, 'case-1', [{ name: 'Complete records.pdf', bytes: original }]);
    expect(status.files[0]).toMatchObject({ state: 'imported', pageCount: 260 });
    const [doc] = await t.call('records.documents', { caseId: 'case-1' });

    const served = readRecordRange(t.backend.ws, doc!.id, undefined).body;
    expect(served.byteLength).toBeGreaterThan(original.byteLength);
    expect(served.subarray(0, original.byteLength).equals(Buffer.from(original))).toBe(true);
    expect(await rootKids(served)).toBeLessThanOrEqual(PAGE_TREE_FANOUT);
    expect(await lastPageText(served)).toEqual(await lastPageText(original));
    const head = readRecordRange(t.backend.ws, doc!.id, 'bytes=0-99');
    expect(head.status).toBe(206);
    expect(head.headers['Content-Range']).toBe(`bytes 0-99/${served.byteLength}`);

    const stored = t.backend.ws.db.prepare('select sha256, size_bytes as size from documents where id = ?').get(doc!.id) as { sha256: string; size: number };
    expect(stored.size).toBe(original.byteLength);
    expect(t.backend.ws.store.read(join(stored.sha256.slice(0, 2), stored.sha256)).equals(Buffer.from(original))).toBe(true);
  });

  it('serves short PDFs and nested trees as they are', async () => {
    const short = await buildRecordPdf(medicalPages(20), { tree: 'flat' });
    const nested = await buildRecordPdf(medicalPages(300), { tree: 'nested' });
    await importFiles(t, 'case-1', [{ name: 'short.pdf', bytes: short }, { name: 'nested.pdf', bytes: nested }]);
    const docs = await t.call('records.documents', { caseId: 'case-1' });
    for (const [title, bytes] of [['short', short], ['nested', nested]] as const) {
      const doc = docs.find((d) => d.title === title)!;
      expect(readRecordRange(t.backend.ws, doc.id, undefined).body.equals(Buffer.from(bytes))).toBe(true);
    }
    expect(t.backend.ws.db.prepare('select count(*) as n from record_viewing_copies').get()).toEqual({ n: 0 });
  });

  it('makes one copy per file, shared by every case that has it', async () => {
    const original = await buildRecordPdf(medicalPages(220), { tree: 'flat' });
    await importFiles(t, 'case-1', [{ name: 'records.pdf', bytes: original }]);
    await importFiles(t, 'case-2', [{ name: 'records.pdf', bytes: original }]);
    const [a] = await t.call('records.documents', { caseId: 'case-1' });
    const [b] = await t.call('records.documents', { caseId: 'case-2' });
    expect(readRecordRange(t.backend.ws, b!.id, undefined).body.equals(readRecordRange(t.backend.ws, a!.id, undefined).body)).toBe(true);
    expect(t.backend.ws.db.prepare('select count(*) as n from record_viewing_copies').get()).toEqual({ n: 1 });
  });

  it('makes the copy when a synced record is first indexed, and falls back to the original if the copy file is gone', async () => {
    const original = await buildRecordPdf(medicalPages(210), { tree: 'flat' });
    const stored = t.backend.ws.store.put(original);
    insertDocument(t.backend.ws.db, {
      id: 'synced-doc', caseId: 'case-1', title: 'Synced record', docType: 'other', provider: '', serviceDate: null, sha256: stored.sha256,
      pageCount: 0, mimeType: 'application/pdf', sizeBytes: stored.size, fileLocation: stored.location, reviewed: false, importedAt: 'x',
    });
    expect(readRecordRange(t.backend.ws, 'synced-doc', undefined).body.equals(Buffer.from(original))).toBe(true);
    const { jobId } = await t.call('records.rebuildIndex', { caseId: 'case-1', onlyMissing: true });
    expect((await waitForJob(t, jobId)).state).toBe('done');
    const copy = findViewingCopy(t.backend.ws.db, stored.sha256);
    expect(copy).toMatchObject({ pageCount: 210 });
    expect(await rootKids(readRecordRange(t.backend.ws, 'synced-doc', undefined).body)).toBeLessThanOrEqual(PAGE_TREE_FANOUT);

    rmSync(join(t.backend.ws.store.root, copy!.viewLocation));
    expect(readRecordRange(t.backend.ws, 'synced-doc', undefined).body.equals(Buffer.from(original))).toBe(true);
  });
});
