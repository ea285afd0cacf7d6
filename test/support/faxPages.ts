import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  PDFName,
  popGraphicsState,
  pushGraphicsState,
  StandardFonts,
  type PDFFont,
  type PDFRef,
} from 'pdf-lib';
import { createSeededRandom } from '../../shared/random';

/** What one faxed page looks like: its text, type face, the fax machine's header, and what went wrong on the way. */
export interface FaxPageSpec {
  text: string;
  font?: 'times' | 'helvetica' | 'courier';
  fontSize?: number;
  /** The fax header line printed across the top, e.g. "03/14/2024 10:22 FROM: 555-0100 P.001/002". */
  header?: string;
  dpi?: number;
  skewDegrees?: number;
  /** How the page lies in the scan: turned clockwise by this much. */
  rotation?: 0 | 90 | 180 | 270;
  /** Share of pixels flipped by line noise (0.002 is a poor fax line). */
  speckle?: number;
  seed?: number;
}

export interface FaxPage {
  /** The printed text, line by line, as a reader would transcribe it (header first). */
  groundTruth: string;
  width: number;
  height: number;
  dpi: number;
  canvas: Canvas;
}

const FONTS = { times: StandardFonts.TimesRoman, helvetica: StandardFonts.Helvetica, courier: StandardFonts.Courier };
const require = createRequire(import.meta.url);
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
const loadPdfjs = () =>
  (pdfjs ??= import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href) as Promise<PdfJs>);
const standardFontDataUrl = require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, 'standard_fonts/');

/**
 * A letter page typed in a standard face, printed (pdf.js renders it), then sent as a fax: bilevel at `dpi`,
 * tilted, speckled, maybe turned, with the sending machine's header line. Returns the image and its ground truth.
 */
export async function renderFaxPage(spec: FaxPageSpec): Promise<FaxPage> {
  const dpi = spec.dpi ?? 200;
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(FONTS[spec.font ?? 'times']);
  const size = spec.fontSize ?? 11;
  const page = doc.addPage([612, 792]);
  const lines: string[] = [];
  let y = 750;
  if (spec.header) {
    const courier = await doc.embedFont(StandardFonts.Courier);
    page.drawText(spec.header, { x: 24, y: 772, size: 9, font: courier });
    lines.push(spec.header);
  }
  for (const line of wrapText(spec.text, font, size, 612 - 144)) {
    if (y < 60) break;
    if (line.trim()) page.drawText(line, { x: 72, y, size, font });
    lines.push(line);
    y -= size * 1.25;
  }
  const bytes = await doc.save();
  const lib = await loadPdfjs();
  const task = lib.getDocument({ data: bytes, standardFontDataUrl, verbosity: 0 });
  const pdf = await task.promise;
  const pdfPage = await pdf.getPage(1);
  const viewport = pdfPage.getViewport({ scale: dpi / 72 });
  const rotation = spec.rotation ?? 0;
  const sideways = rotation === 90 || rotation === 270;
  const width = Math.round(sideways ? viewport.height : viewport.width);
  const height = Math.round(sideways ? viewport.width : viewport.height);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, width, height);
  ctx.translate(width / 2, height / 2);
  ctx.rotate(((rotation + (spec.skewDegrees ?? 0)) * Math.PI) / 180);
  ctx.translate(-viewport.width / 2, -viewport.height / 2);
  await pdfPage.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise;
  await task.destroy();
  ctx.resetTransform();
  const image = ctx.getImageData(0, 0, width, height);
  const random = createSeededRandom(spec.seed ?? 1);
  const speckle = spec.speckle ?? 0;
  for (let i = 0; i < image.data.length; i += 4) {
    let ink = (image.data[i] as number) < 160;
    if (speckle > 0 && random.next() < speckle) ink = !ink;
    const v = ink ? 0 : 255;
    image.data[i] = v;
    image.data[i + 1] = v;
    image.data[i + 2] = v;
    image.data[i + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
  return { groundTruth: lines.join('\n'), width, height, dpi, canvas };
}

/**
 * An image-only PDF with one faxed page per image, as scanners and fax servers write them: each page one bilevel
 * (1 bit per pixel) image, sized from its resolution. A page given twice shares one image object (a long record
 * built from a few pages stays small).
 */
export async function buildScannedPdf(pages: readonly FaxPage[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const embedded = new Map<FaxPage, PDFRef>();
  for (const p of pages) {
    let ref = embedded.get(p);
    if (!ref) {
      const rgba = p.canvas.getContext('2d').getImageData(0, 0, p.width, p.height).data;
      const rowBytes = Math.ceil(p.width / 8);
      const packed = new Uint8Array(rowBytes * p.height);
      // DeviceGray at 1 bit: 1 is white, so set the bits of paper pixels.
      for (let y = 0; y < p.height; y++)
        for (let x = 0; x < p.width; x++)
          if ((rgba[(y * p.width + x) * 4] as number) >= 128)
            packed[y * rowBytes + (x >> 3)] = (packed[y * rowBytes + (x >> 3)] as number) | (0x80 >> (x & 7));
      ref = doc.context.register(
        doc.context.flateStream(packed, {
          Type: 'XObject',
          Subtype: 'Image',
          Width: p.width,
          Height: p.height,
          ColorSpace: 'DeviceGray',
          BitsPerComponent: 1,
        }),
      );
      embedded.set(p, ref);
    }
    const w = (p.width / p.dpi) * 72;
    const h = (p.height / p.dpi) * 72;
    const page = doc.addPage([w, h]);
    page.node.setXObject(PDFName.of('Scan'), ref);
    page.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(w, 0, 0, h, 0, 0),
      drawObject('Scan'),
      popGraphicsState(),
    );
  }
  return doc.save({ useObjectStreams: false });
}

function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  const printable = text.replace(/[^\x20-\x7E\n]/g, ' ');
  for (const paragraph of printable.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}
