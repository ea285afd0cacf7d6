import type { Color, PDFFont, PDFPage } from 'pdf-lib';
import { loadCmapFontkit, dejaVuFontBytes } from '../pdf';
import { layoutRecordPages, type LaidOutPage } from './layoutRecordPages';

export interface RecordPdfInput {
  provider: string;
  title: string;
  dateLine: string;
  patientLine: string;
  /** Each section starts on a new page; its paragraphs flow onto further pages when needed. */
  sections: string[][];
  /** Fixed document dates keep the bytes reproducible. */
  fileDate: Date;
}

export interface RenderedRecord {
  /** What a reader sees on each page, one line per header line and per paragraph (wrapped lines joined by a space). */
  pages: string[];
  pdf: Uint8Array;
}

export const DEMO_NOTICE = 'Synthetic demo record - fictional patient, not real medical information';

const PAGE = { width: 612, height: 792, margin: 54 } as const;
const BODY = { size: 10.5, leading: 14, paragraphGap: 6, top: 676, bottom: 64 } as const;

/** A letter-size record PDF with a real DejaVu Sans text layer (subset, embedded once per document). */
export async function renderRecordPdf(input: RecordPdfInput): Promise<RenderedRecord> {
  const { PDFDocument, rgb } = await import('pdf-lib');
  const grey = rgb(0.35, 0.35, 0.35);
  const doc = await PDFDocument.create();
  let suffix = 0;
  doc.context.addRandomSuffix = (prefix: string) => `${prefix}-${++suffix}`;
  doc.registerFontkit(await loadCmapFontkit());
  doc.setTitle(`${input.title} - ${input.provider}`);
  doc.setProducer('IMR Reviewer Workstation demo generator');
  doc.setCreator('IMR Reviewer Workstation');
  doc.setCreationDate(input.fileDate);
  doc.setModificationDate(input.fileDate);
  const bytes = dejaVuFontBytes();
  const font = await doc.embedFont(bytes.regular, { subset: true, customName: 'DVDEMO+DejaVuSans' });
  const bold = await doc.embedFont(bytes.bold, { subset: true, customName: 'DVDEMB+DejaVuSans-Bold' });

  const widths = new Map<string, number>();
  const widthOf = (s: string) => {
    let w = widths.get(s);
    if (w === undefined) {
      w = font.widthOfTextAtSize(s, BODY.size);
      widths.set(s, w);
    }
    return w;
  };
  const laidOut = layoutRecordPages(input.sections, {
    maxWidth: PAGE.width - 2 * PAGE.margin,
    linesPerPageHeight: BODY.top - BODY.bottom,
    leading: BODY.leading,
    paragraphGap: BODY.paragraphGap,
    widthOf,
  });

  const pages = laidOut.map((page, index) => {
    const footer = `Page ${index + 1} of ${laidOut.length}`;
    drawPage(doc.addPage([PAGE.width, PAGE.height]), page, input, footer, { font, bold, grey });
    const header = [input.provider, input.title, input.dateLine, input.patientLine];
    return [...header, ...page.paragraphs.map((p) => p.lines.join(' ')), DEMO_NOTICE, footer].join('\n');
  });
  return { pages, pdf: await doc.save() };
}

function drawPage(
  page: PDFPage,
  laid: LaidOutPage,
  input: RecordPdfInput,
  footer: string,
  { font, bold, grey }: { font: PDFFont; bold: PDFFont; grey: Color },
): void {
  const x = PAGE.margin;
  page.drawText(input.provider, { x, y: 744, size: 11, font: bold });
  page.drawText(input.title, { x, y: 726, size: 13, font: bold });
  page.drawText(input.dateLine, { x, y: 709, size: 9.5, font });
  page.drawText(input.patientLine, { x, y: 696, size: 9.5, font });
  page.drawLine({ start: { x, y: 689 }, end: { x: PAGE.width - x, y: 689 }, thickness: 0.75, color: grey });
  let y = BODY.top;
  for (const paragraph of laid.paragraphs) {
    for (const line of paragraph.lines) {
      page.drawText(line, { x, y, size: BODY.size, font });
      y -= BODY.leading;
    }
    y -= BODY.paragraphGap;
  }
  page.drawText(DEMO_NOTICE, { x, y: 36, size: 7.5, font, color: grey });
  page.drawText(footer, { x: PAGE.width - x - font.widthOfTextAtSize(footer, 8.5), y: 36, size: 8.5, font });
}
