import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCase } from '../../../electron/core/db/repositories/caseRepository';
import { caseFixture } from '../../support/caseFixture';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { buildScannedPdf, renderFaxPage } from '../../support/faxPages';
import { buildRecordPdf } from './support/buildRecordPdf';
import { importFiles } from './support/importFiles';

const TEXT = 'Utilization review denied the lumbar epidural steroid injection on 02/20/2026.';

describe('every readable text gets in', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace({ ocr: { autoStart: false } });
    t.backend.services()?.ocr.pause();
    insertCase(t.backend.ws.db, caseFixture());
  });
  afterEach(() => t.dispose());

  it('imports files pdf.js reads although their start or end is untidy, and finds their text', async () => {
    const pdf = Buffer.from(await buildRecordPdf([TEXT, 'Second page of the denial letter.']));
    const status = await importFiles(t, 'case-1', [
      { name: 'zeros-after-eof.pdf', bytes: Buffer.concat([pdf, Buffer.alloc(4096)]) },
      {
        name: 'junk-after-eof.pdf',
        bytes: Buffer.concat([pdf, Buffer.from('\nSent by FaxServer 9.1 -- end of job\n')]),
      },
      { name: 'junk-before-header.pdf', bytes: Buffer.concat([Buffer.from('X-Mailer: scanner\r\n'.repeat(80)), pdf]) },
      { name: 'last-bytes-cut.pdf', bytes: pdf.subarray(0, pdf.length - 12) },
    ]);
    expect(status.files.map((f) => [f.name, f.state, f.pageCount])).toEqual([
      ['zeros-after-eof.pdf', 'imported', 2],
      ['junk-after-eof.pdf', 'imported', 2],
      ['junk-before-header.pdf', 'imported', 2],
      ['last-bytes-cut.pdf', 'imported', 2],
    ]);
    const found = await t.call('records.search', { caseId: 'case-1', query: 'epidural' });
    expect(found.total).toBe(4);
  });

  it('indexes what was typed into form fields and written in comments, marked as such', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([612, 792]);
    page.drawText('REQUEST FOR AUTHORIZATION (DWC FORM RFA)', { x: 50, y: 740, size: 12, font });
    page.drawText('Requested treatment and the clinical reasons are given in the fields below.', {
      x: 50,
      y: 720,
      size: 10,
      font,
    });
    const field = pdf.getForm().createTextField('requested.treatment');
    field.setText('Lumbar radiofrequency ablation L4-L5');
    field.addToPage(page, { x: 50, y: 600, width: 400, height: 20 });
    const note = pdf.context.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [500, 700, 520, 720],
      Contents: PDFString.of('Peer to peer requested with Dr. Alvarez'),
      T: PDFString.of('UR nurse'),
    });
    page.node.set(
      PDFName.of('Annots'),
      pdf.context.obj([...(page.node.Annots()?.asArray() ?? []), pdf.context.register(note)]),
    );
    await importFiles(t, 'case-1', [{ name: 'RFA.pdf', bytes: await pdf.save() }]);

    const field_ = await t.call('records.search', { caseId: 'case-1', query: 'radiofrequency' });
    expect(field_.hits[0]).toMatchObject({ page: 1, inFields: true });
    expect(field_.hits[0]!.snippet.some((s) => s.match && /radiofrequency/i.test(s.text))).toBe(true);
    const comment = await t.call('records.search', { caseId: 'case-1', query: 'Alvarez' });
    expect(comment.hits[0]).toMatchObject({ page: 1, inFields: true });
    const [doc] = await t.call('records.documents', { caseId: 'case-1' });
    const { pages } = await t.call('records.pageTexts', { documentId: doc!.id, fromPage: 1, toPage: 1 });
    expect(pages[0]!.extra).toMatch(/Lumbar radiofrequency ablation L4-L5/);
    expect(pages[0]!.extra).toMatch(/UR nurse.*Peer to peer requested/);
  });

  it('says plainly when a form is XFA and its filled-in content could not be read', async () => {
    const pdf = await PDFDocument.load(
      await buildRecordPdf([
        'Please wait... If this message is not eventually replaced by the proper contents of the document, your PDF viewer may not be able to display this type of document.',
      ]),
    );
    const xfa = pdf.context.register(
      pdf.context.flateStream('<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"></xdp:xdp>'),
    );
    pdf.catalog.set(PDFName.of('AcroForm'), pdf.context.obj({ Fields: [], XFA: xfa }));
    const status = await importFiles(t, 'case-1', [{ name: 'XFA form.pdf', bytes: await pdf.save() }]);
    expect(status.files[0]!.state).toBe('imported');
    expect(status.files[0]!.message).toMatch(/XFA form: what was typed into it cannot be read here/);
  });

  it('sends a scanned page with only a fax header in its text layer to OCR, and keeps text pages as they are', async () => {
    const scan = await PDFDocument.load(
      await buildScannedPdf([
        await renderFaxPage({ text: TEXT, seed: 3 }),
        await renderFaxPage({ text: TEXT, seed: 4 }),
      ]),
    );
    const font = await scan.embedFont(StandardFonts.Courier);
    scan.getPage(1).drawText('03/14/2026 10:22 FROM: 555-201-4477 P.002/002', { x: 20, y: 780, size: 7, font });
    const text = await PDFDocument.load(await buildRecordPdf([TEXT]));
    const [copied] = await scan.copyPages(text, [0]);
    scan.addPage(copied);
    scan.addPage([612, 792]);
    await importFiles(t, 'case-1', [{ name: 'mixed.pdf', bytes: await scan.save() }]);
    const [doc] = await t.call('records.documents', { caseId: 'case-1' });
    expect(doc).toMatchObject({ pageCount: 4, textPages: 1, scannedPages: 3 });
    const states = await Promise.all(
      [1, 2, 3, 4].map((page) => t.call('records.ocrPage', { documentId: doc!.id, page })),
    );
    expect(states.map((s) => s.state)).toEqual(['pending', 'pending', 'not-needed', 'pending']);
  });
});
