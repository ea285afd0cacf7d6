import { createCanvas } from '@napi-rs/canvas';
import { getDocument, OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { binarizePage } from '../../../electron/core/ocr/image/binarizePage';
import { findFullPageImage } from '../../../electron/core/ocr/image/findFullPageImage';
import { unpackBilevelImage } from '../../../electron/core/ocr/image/unpackBilevelImage';
import { medicalPages } from '../records/support/medicalText';
import { buildScannedPdf, renderFaxPage } from '../../support/faxPages';

const imageOf = async (page: PDFPageProxy) => {
  const list = await page.getOperatorList({ annotationMode: 0 });
  return findFullPageImage(list.fnArray, list.argsArray, OPS, page.view);
};

describe('a scanned page read from its own pixels instead of drawn', () => {
  it('unpacks 1-bit rows padded to whole bytes, a set bit being paper', () => {
    // 10 pixels wide: two bytes a row, the last 6 bits padding.
    const data = new Uint8Array([0b01111111, 0b10111111, 0xff, 0b00111111]);
    const page = unpackBilevelImage(data, 10, 2);
    expect(Array.from(page.bits)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
  });

  it('finds the one image of a faxed page, and gives the pixels pdf.js would draw at its resolution', async () => {
    const fax = await renderFaxPage({
      text: medicalPages(1, 40, 2000)[0] ?? '',
      skewDegrees: 1,
      speckle: 0.002,
      seed: 4,
    });
    const task = getDocument({ data: await buildScannedPdf([fax, fax]), verbosity: 0 });
    const doc = await task.promise;
    try {
      const page = await doc.getPage(2);
      const found = await imageOf(page);
      expect(found).not.toBeNull();
      const objs = found!.id.startsWith('g_') ? page.commonObjs : page.objs;
      const image = await new Promise<{ width: number; height: number; data: Uint8Array }>((resolve) =>
        objs.get(found!.id, resolve),
      );
      expect([image.width, image.height]).toEqual([fax.width, fax.height]);
      const own = unpackBilevelImage(image.data, image.width, image.height);

      const viewport = page.getViewport({ scale: 200 / 72 });
      const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = 'white';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport, annotationMode: 0 }).promise;
      const drawn = binarizePage(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);

      let differ = 0;
      let ink = 0;
      for (let i = 0; i < own.bits.length; i++) {
        ink += own.bits[i] as number;
        if (own.bits[i] !== drawn.bits[i]) differ++;
      }
      expect(ink).toBeGreaterThan(20_000);
      expect(differ / own.bits.length).toBeLessThan(0.001);
    } finally {
      await task.destroy();
    }
  });

  it('draws the page instead when the operator list is not what a plain scan gives', () => {
    const view = [0, 0, 612, 792];
    const ops = [OPS.save, OPS.transform, OPS.paintImageXObject, OPS.restore];
    const scan = [null, [612, 0, 0, 792, 0, 0], ['img_p0_1', 1700, 2200], null];
    expect(findFullPageImage(ops, scan, OPS, view)).toEqual({ id: 'img_p0_1' });
    for (const broken of [
      [null, null, ['img_p0_1'], null],
      [null, [612, 0, 0, 792], ['img_p0_1'], null],
      [null, [612, 0, 0, Number.NaN, 0, 0], ['img_p0_1'], null],
      [null, [612, 0, 0, 792, 0, 0], null, null],
      [null, [612, 0, 0, 792, 0, 0], [42], null],
    ])
      expect(findFullPageImage(ops, broken, OPS, view)).toBeNull();
  });

  it('draws a page that holds more than one full-page image: text, a smaller image, or the image turned', async () => {
    const fax = await renderFaxPage({ text: 'Progress note. Pain 6/10.', seed: 2 });
    const scanned = await PDFDocument.load(await buildScannedPdf([fax]));
    const pdf = await PDFDocument.create();
    const [scanPage] = await pdf.copyPages(scanned, [0]);
    const withText = pdf.addPage(scanPage!);
    withText.drawText('Bates 000123', { x: 20, y: 20, size: 8, font: await pdf.embedFont(StandardFonts.Helvetica) });
    const png = await pdf.embedPng(fax.canvas.toBuffer('image/png'));
    pdf.addPage([612, 792]).drawImage(png, { x: 36, y: 36, width: 540, height: 720 });
    pdf
      .addPage([612, 792])
      .drawImage(png, { x: 612, y: 0, width: 792, height: 612, rotate: { type: 'degrees', angle: 90 } as never });
    const task = getDocument({ data: await pdf.save(), verbosity: 0 });
    const doc = await task.promise;
    try {
      for (let n = 1; n <= 3; n++) expect(await imageOf(await doc.getPage(n))).toBeNull();
    } finally {
      await task.destroy();
    }
  });
});
