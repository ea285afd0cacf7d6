import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCase } from '../../../electron/core/db/repositories/caseRepository';
import { caseFixture } from '../../support/caseFixture';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { buildRecordPdf } from './support/buildRecordPdf';
import { medicalPages } from './support/medicalText';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { insertDocument } from '../../../electron/core/db/repositories/documentRepository';
import { findViewingCopy } from '../../../electron/core/db/repositories/viewingCopyRepository';
import { PAGE_TREE_FANOUT } from '../../../electron/core/records/balancePageTree';
import { readRecordRange } from '../../../electron/core/records/readRecordRange';
import { importFiles, waitForJob } from './support/importFiles';

const PNG_1x1 = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082',
  'hex',
);
const JPEG_TINY = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');

const storedBlobs = (t: TestWorkspace) =>
  readdirSync(join(t.dataDir, 'records'), { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && /^[0-9a-f]{64}$/.test(e.name),
  ).length;

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

describe('records.import', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace();
    insertCase(t.backend.ws.db, caseFixture());
    insertCase(t.backend.ws.db, caseFixture({ id: 'case-2', caseNumber: 'CM14-0000002' }));
  });
  afterEach(() => t.dispose());

  it('stores one indexed text row per page when a case receives a PDF', async () => {
    const pages = medicalPages(5);
    const status = await importFiles(t, 'case-1', [{ name: 'Progress notes.pdf', bytes: await buildRecordPdf(pages) }]);
    expect(status).toMatchObject({ state: 'done', done: 5, total: 5 });
    expect(status.files[0]).toMatchObject({ state: 'imported', pageCount: 5, pagesDone: 5 });
    const [doc] = await t.call('records.documents', { caseId: 'case-1' });
    expect(doc).toMatchObject({
      title: 'Progress notes',
      pageCount: 5,
      indexed: true,
      textPages: 5,
      scannedPages: 0,
      mimeType: 'application/pdf',
    });
    const { pages: texts } = await t.call('records.pageTexts', { documentId: doc!.id, fromPage: 1, toPage: 5 });
    expect(texts.map((p) => p.page)).toEqual([1, 2, 3, 4, 5]);
    texts.forEach((p, i) =>
      expect(p.text.replace(/\s+/g, ' ')).toContain(pages[i]!.slice(0, 60).replace(/\s+/g, ' ').trim()),
    );
  });

  it('splits a plain-text file into readable pages and shows images as one scanned page', async () => {
    const longText = medicalPages(6, 10, 4000).join('\n\n');
    const status = await importFiles(t, 'case-1', [
      { name: 'nursing-notes.txt', bytes: Buffer.from(longText) },
      { name: 'wound.png', bytes: PNG_1x1 },
      { name: 'xray.jpg', bytes: JPEG_TINY },
    ]);
    expect(status.files.map((f) => f.state)).toEqual(['imported', 'imported', 'imported']);
    const docs = await t.call('records.documents', { caseId: 'case-1' });
    const text = docs.find((d) => d.title === 'nursing-notes')!;
    expect(text.mimeType).toMatch(/^text\/plain/);
    expect(text.pageCount).toBeGreaterThan(3);
    const { pages } = await t.call('records.pageTexts', { documentId: text.id, fromPage: 1, toPage: 200 });
    expect(
      pages
        .map((p) => p.text)
        .join('\n')
        .replace(/\s+/g, ' '),
    ).toBe(longText.replace(/\s+/g, ' ').trim());
    for (const title of ['wound', 'xray']) {
      expect(docs.find((d) => d.title === title)).toMatchObject({ pageCount: 1, textPages: 0, scannedPages: 1 });
    }
  });

  it('keeps one stored copy and one document when the same file is added twice', async () => {
    const pdf = await buildRecordPdf(medicalPages(3));
    await importFiles(t, 'case-1', [{ name: 'a.pdf', bytes: pdf }]);
    const again = await importFiles(t, 'case-1', [{ name: 'a copy.pdf', bytes: pdf }]);
    expect(again.files[0]).toMatchObject({ state: 'duplicate' });
    expect(again.files[0]!.message).toContain('already in this case as "a"');
    expect(await t.call('records.documents', { caseId: 'case-1' })).toHaveLength(1);
    const other = await importFiles(t, 'case-2', [{ name: 'a.pdf', bytes: pdf }]);
    expect(other.files[0]).toMatchObject({ state: 'imported', pageCount: 3 });
    expect(storedBlobs(t)).toBe(1);
    const [copy] = await t.call('records.documents', { caseId: 'case-2' });
    expect(copy).toMatchObject({ textPages: 3, indexed: true });
  });

  it('marks pages without a text layer as scanned when a PDF has image-only pages', async () => {
    const status = await importFiles(t, 'case-1', [
      { name: 'mixed.pdf', bytes: await buildRecordPdf(['Page one has words.', '', 'Page three has words.']) },
    ]);
    expect(status.files[0]!.message).toContain('1 scanned — queued for OCR');
    const [doc] = await t.call('records.documents', { caseId: 'case-1' });
    expect(doc).toMatchObject({ pageCount: 3, textPages: 2, scannedPages: 1 });
  });

  it('guesses type and date of service from the first page when the file says them', async () => {
    const pdf = await buildRecordPdf([
      'MRI CERVICAL SPINE\nDate of service: 03/14/2014\nProvider: Valley Imaging Center\nIMPRESSION: C5-6 disc protrusion.',
    ]);
    await importFiles(t, 'case-1', [{ name: 'scan_2014.pdf', bytes: pdf }]);
    const [doc] = await t.call('records.documents', { caseId: 'case-1' });
    expect(doc).toMatchObject({
      docType: 'imaging_report',
      serviceDate: '2014-03-14',
      provider: 'Valley Imaging Center',
      title: 'scan 2014',
    });
    const updated = await t.call('records.updateDocument', {
      documentId: doc!.id,
      provider: 'Valley Imaging',
      serviceDate: '2014-03-15',
    });
    expect(updated).toMatchObject({ provider: 'Valley Imaging', serviceDate: '2014-03-15', docType: 'imaging_report' });
  });

  it('refuses an import when the case is not in the workspace', async () => {
    const { uploadId } = await t.call('records.beginUpload', { name: 'x.txt', size: 1 });
    await expect(t.call('records.import', { caseId: 'nope', uploadIds: [uploadId] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

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
    const seam = readRecordRange(t.backend.ws, doc!.id, `bytes=${original.byteLength - 10}-${original.byteLength + 9}`);
    expect(seam.body.equals(served.subarray(original.byteLength - 10, original.byteLength + 10))).toBe(true);
    expect(readRecordRange(t.backend.ws, doc!.id, `bytes=-20`).body.equals(served.subarray(-20))).toBe(true);

    const stored = t.backend.ws.db
      .prepare('select sha256, size_bytes as size from documents where id = ?')
      .get(doc!.id) as { sha256: string; size: number };
    expect(stored.size).toBe(original.byteLength);
    expect(t.backend.ws.store.read(join(stored.sha256.slice(0, 2), stored.sha256)).equals(Buffer.from(original))).toBe(
      true,
    );
  });

  it('serves short PDFs and nested trees as they are', async () => {
    const short = await buildRecordPdf(medicalPages(20), { tree: 'flat' });
    const nested = await buildRecordPdf(medicalPages(300), { tree: 'nested' });
    await importFiles(t, 'case-1', [
      { name: 'short.pdf', bytes: short },
      { name: 'nested.pdf', bytes: nested },
    ]);
    const docs = await t.call('records.documents', { caseId: 'case-1' });
    for (const [title, bytes] of [
      ['short', short],
      ['nested', nested],
    ] as const) {
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
    expect(
      readRecordRange(t.backend.ws, b!.id, undefined).body.equals(readRecordRange(t.backend.ws, a!.id, undefined).body),
    ).toBe(true);
    expect(t.backend.ws.db.prepare('select count(*) as n from record_viewing_copies').get()).toEqual({ n: 1 });
  });

  it('makes the copy when a synced record is first indexed, and falls back to the original if the copy file is gone', async () => {
    const original = await buildRecordPdf(medicalPages(210), { tree: 'flat' });
    const stored = t.backend.ws.store.put(original);
    insertDocument(t.backend.ws.db, {
      id: 'synced-doc',
      caseId: 'case-1',
      title: 'Synced record',
      docType: 'other',
      provider: '',
      serviceDate: null,
      sha256: stored.sha256,
      pageCount: 0,
      mimeType: 'application/pdf',
      sizeBytes: stored.size,
      fileLocation: stored.location,
      reviewed: false,
      importedAt: 'x',
    });
    expect(readRecordRange(t.backend.ws, 'synced-doc', undefined).body.equals(Buffer.from(original))).toBe(true);
    const { jobId } = await t.call('records.rebuildIndex', { caseId: 'case-1', onlyMissing: true });
    expect((await waitForJob(t, jobId)).state).toBe('done');
    const copy = findViewingCopy(t.backend.ws.db, stored.sha256);
    expect(copy).toMatchObject({ pageCount: 210 });
    expect(await rootKids(readRecordRange(t.backend.ws, 'synced-doc', undefined).body)).toBeLessThanOrEqual(
      PAGE_TREE_FANOUT,
    );

    rmSync(join(t.backend.ws.store.root, copy!.updateLocation));
    expect(readRecordRange(t.backend.ws, 'synced-doc', undefined).body.equals(Buffer.from(original))).toBe(true);
  });
});
