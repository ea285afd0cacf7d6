import { deflateSync } from 'node:zlib';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { LetterModel } from '../../../shared/domain/letter';
import { AppError } from '../../../shared/ipc';
import { APP_NAME } from '../../../shared/appName';
import { loadCmapFontkit, dejaVuFontBytes } from '../pdf';
import { buildPageContent, FONT_KEYS, type PageContent } from './buildPageContent';
import { createTextMeasurer } from './createTextMeasurer';
import { layoutLetterBlocks } from './layoutLetterBlocks';

import type { FontStyle, PositionedLine } from './letterLayout';
import { LETTER_PAGE, LETTER_TYPE } from './letterTypography';
import { paginateLines } from './paginateLines';

/** Fixed subset tags (PDF 32000 9.6.4) instead of random ones keep the bytes reproducible. */
const FONT_NAMES: Record<FontStyle, string> = {
  regular: 'IMRLAA+DejaVuSans',
  bold: 'IMRLAB+DejaVuSans-Bold',
  italic: 'IMRLAC+DejaVuSans-Oblique',
  boldItalic: 'IMRLAD+DejaVuSans-BoldOblique',
};

/**
 * The Final Determination Letter as PDF bytes: DejaVu Sans embedded (subset), "Page n of N" and the case number in
 * every footer. Properties carry the case number and the app, never the reviewer; dates come from the decision date,
 * so the same model always gives the same bytes.
 */
export async function renderLetterPdf(model: LetterModel): Promise<Uint8Array> {
  const date = decisionDateOf(model.decisionDate);
  const pdfLib = await import('pdf-lib');
  const doc = await pdfLib.PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(await loadCmapFontkit());
  doc.setTitle(model.title, { showInWindowTitleBar: true });
  doc.setCreator(APP_NAME);
  doc.setProducer(APP_NAME);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage('en-US');

  const bytes = dejaVuFontBytes();
  const fonts = {} as Record<FontStyle, PDFFont>;
  for (const style of Object.keys(FONT_NAMES) as FontStyle[]) {
    fonts[style] = await doc.embedFont(bytes[style], { subset: true, customName: FONT_NAMES[style] });
  }
  const pages = paginateLines(layoutLetterBlocks(model.blocks, createTextMeasurer(fonts)));
  pages.forEach((lines, i) => {
    const footer = footerLine(
      fonts.regular,
      `IMR Case Number: ${model.caseNumber}`,
      `Page ${i + 1} of ${pages.length}`,
    );
    addPage(pdfLib, doc, buildPageContent([...lines, footer], fonts), fonts);
  });
  // Classic cross-reference tables: the signer's placeholder step cannot read object streams.
  return doc.save({ useObjectStreams: false });
}

/** Content streams deflated by node:zlib (pdf-lib's own deflate runs in JavaScript and dominated long letters). */
function addPage(
  { PDFName, PDFRawStream }: typeof import('pdf-lib'),
  doc: PDFDocument,
  content: PageContent,
  fonts: Record<FontStyle, PDFFont>,
): void {
  const page = doc.addPage([LETTER_PAGE.width, LETTER_PAGE.height]);
  for (const style of content.styles) page.node.setFontDictionary(PDFName.of(FONT_KEYS[style]), fonts[style].ref);
  const stream = PDFRawStream.of(
    doc.context.obj({ Filter: 'FlateDecode' }),
    deflateSync(Buffer.from(content.operators, 'latin1')),
  );
  page.node.addContentStream(doc.context.register(stream));
}

function footerLine(font: PDFFont, left: string, right: string): PositionedLine {
  const size = LETTER_TYPE.footerSize;
  const rightX = LETTER_PAGE.width - LETTER_PAGE.marginX - font.widthOfTextAtSize(right, size);
  return {
    runs: [
      { text: left, style: 'regular', size, x: LETTER_PAGE.marginX },
      { text: right, style: 'regular', size, x: rightX },
    ],
    baseline: LETTER_TYPE.footerBaseline,
    height: 0,
    spaceBefore: 0,
    keepWithNext: false,
  };
}

function decisionDateOf(isoDate: string): Date {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) {
    throw new AppError(
      'INVALID_INPUT',
      `The decision date "${isoDate}" is not a date (YYYY-MM-DD). Set the decision date and render the letter again.`,
    );
  }
  return date;
}
