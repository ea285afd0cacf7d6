import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCase } from '../../../electron/core/db/repositories/caseRepository';
import { caseFixture } from '../../support/caseFixture';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { buildScannedPdf, renderFaxPage } from '../../support/faxPages';
import { importFiles } from './support/importFiles';

const NOTE_1 =
  'PHYSICAL THERAPY RE-EVALUATION. The patient reports lumbar pain radiating to the left leg. ' +
  'Range of motion is limited in flexion. Continue home exercise program twice daily.';
const NOTE_2 =
  'ASSESSMENT: Persistent radiculopathy despite twelve sessions of therapy. Gabapentin was started ' +
  'by the primary treating physician. Plan: request lumbar epidural steroid injection.';

const ocrIdle = (t: TestWorkspace) => t.backend.services()?.ocr.idle() ?? Promise.resolve();

describe('scanned records are read by OCR in the background', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace();
    insertCase(t.backend.ws.db, caseFixture());
  });
  afterEach(() => t.dispose());

  it('makes a word printed on page 2 of a faxed PDF searchable, marked as OCR, with word boxes stored', async () => {
    const pages = await Promise.all([
      renderFaxPage({ text: NOTE_1, header: '03/14/2026 10:22 FROM: 555-201-4477 P.001/002', speckle: 0.001, seed: 1 }),
      renderFaxPage({ text: NOTE_2, header: '03/14/2026 10:22 FROM: 555-201-4477 P.002/002', skewDegrees: 1, seed: 2 }),
    ]);
    const status = await importFiles(t, 'case-1', [
      { name: 'PT re-evaluation (fax).pdf', bytes: await buildScannedPdf(pages) },
    ]);
    expect(status.files[0]).toMatchObject({ state: 'imported', pageCount: 2 });
    expect(status.files[0]?.message).toMatch(/2 scanned — queued for OCR/);

    await ocrIdle(t);
    const [doc] = await t.call('records.documents', { caseId: 'case-1' });
    expect(doc?.ocr).toMatchObject({ needed: 2, read: 2, failed: 0, queued: false });

    const found = await t.call('records.search', { caseId: 'case-1', query: 'gabapentin' });
    expect(found.hits).toHaveLength(1);
    expect(found.hits[0]).toMatchObject({ documentId: doc?.id, page: 2, ocr: true });
    expect(found.coverage).toMatchObject({ pendingPages: 0, ocrPages: 2, ocrReadPages: 2 });

    const ocrPage = await t.call('records.ocrPage', { documentId: doc!.id, page: 2 });
    expect(ocrPage.state).toBe('read');
    expect(ocrPage.engine).toMatch(/tesseract\.js 7\.\d+\.\d+ .*tessdata_fast/);
    const word = ocrPage.words.find((w) => /^Gabapentin$/i.test(w[0]));
    expect(word).toBeDefined();
    const [, confidence, x0, y0, x1, y1] = word!;
    expect(confidence).toBeGreaterThan(60);
    expect(x1).toBeGreaterThan(x0);
    expect(y1).toBeGreaterThan(y0);
    // The box maps into the page's PDF space, inside the letter page.
    const [a, b, c, d, e, f] = ocrPage.toPage!;
    const px = a * x0 + c * y0 + e;
    const py = b * x0 + d * y0 + f;
    expect(px).toBeGreaterThan(0);
    expect(px).toBeLessThan(612);
    expect(py).toBeGreaterThan(0);
    expect(py).toBeLessThan(792);

    const { pages: texts } = await t.call('records.pageTexts', { documentId: doc!.id, fromPage: 1, toPage: 2 });
    expect(texts.map((p) => p.source)).toEqual(['ocr', 'ocr']);
    expect(texts[0]?.text).toMatch(/lumbar pain radiating/i);
  });

  it('says how much of the case search cannot see while OCR has not run', async () => {
    await t.restart({ ocr: { autoStart: false } });
    t.backend.services()?.ocr.pause();
    const page = await renderFaxPage({ text: NOTE_1, seed: 4 });
    await importFiles(t, 'case-1', [{ name: 'scan.pdf', bytes: await buildScannedPdf([page, page]) }]);
    const found = await t.call('records.search', { caseId: 'case-1', query: 'lumbar' });
    expect(found.total).toBe(0);
    expect(found.coverage).toMatchObject({ pendingPages: 2, ocrPages: 2, ocrReadPages: 0, ocrRunning: true });
    const status = await t.call('records.ocrStatus', { caseId: 'case-1' });
    expect(status).toMatchObject({ state: 'paused', pagesDone: 0, pagesTotal: 2 });
  });

  it('reads the scanned pages of a workspace made before OCR existed when it is opened after the upgrade', async () => {
    await t.restart({ ocr: { autoStart: false } });
    t.backend.services()?.ocr.pause();
    const page = await renderFaxPage({ text: NOTE_2, seed: 8 });
    await importFiles(t, 'case-1', [{ name: 'old scan.pdf', bytes: await buildScannedPdf([page]) }]);
    // As an older version left it: indexed by the previous text reader, no OCR state at all.
    const db = t.backend.ws.db;
    db.prepare('delete from record_ocr_runs').run();
    db.prepare("update record_pages set ocr_need = null, scan_dpi = null, extra = ''").run();
    db.prepare("update record_index set extractor = 'pdfjs-6/text-v1'").run();
    await t.restart({ ocr: { autoStart: true } });
    const deadline = Date.now() + 60_000;
    let doc = (await t.call('records.documents', { caseId: 'case-1' }))[0];
    while ((doc?.ocr.read ?? 0) < 1 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      doc = (await t.call('records.documents', { caseId: 'case-1' }))[0];
    }
    expect(doc?.ocr).toMatchObject({ needed: 1, read: 1 });
    expect((await t.call('records.search', { caseId: 'case-1', query: 'radiculopathy' })).hits[0]).toMatchObject({
      page: 1,
      ocr: true,
    });
  });
});
