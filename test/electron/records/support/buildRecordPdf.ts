import type { PDFRef } from 'pdf-lib';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, StandardFonts } from 'pdf-lib';

export interface RecordPdfOptions {
  /** Restructure pdf-lib's flat /Kids array into a balanced two-level page tree. */
  tree?: 'flat' | 'nested';
  /** Add a standard-security /Encrypt dictionary whose user password is not empty. */
  passwordProtected?: boolean;
}

const FONT_SIZE = 10;
const LINE_HEIGHT = 12.5;
const LINES_PER_PAGE = 58;
const CHARS_PER_LINE = 100;

/** A letter-size PDF with one text page per entry of `pages` (long text wraps; overflow is cut). */
export async function buildRecordPdf(pages: readonly string[], opts: RecordPdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const text of pages) {
    const page = pdf.addPage([612, 792]);
    // One font resource per page, as word processors write it (passing `font` to drawText adds one per line).
    page.setFont(font);
    page.setFontSize(FONT_SIZE);
    const lines = wrap(text.replace(/[^\x20-\x7E\n]/g, ' ')).slice(0, LINES_PER_PAGE);
    lines.forEach((line, i) => {
      if (line.trim()) page.drawText(line, { x: 40, y: 760 - i * LINE_HEIGHT });
    });
  }
  if (opts.tree === 'nested') nestPageTree(pdf);
  if (opts.passwordProtected) addEncryptDictionary(pdf);
  return pdf.save({ useObjectStreams: false });
}

function wrap(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let rest = paragraph.trim();
    while (rest.length > CHARS_PER_LINE) {
      const cut = rest.lastIndexOf(' ', CHARS_PER_LINE);
      const at = cut > 20 ? cut : CHARS_PER_LINE;
      out.push(rest.slice(0, at));
      rest = rest.slice(at).trimStart();
    }
    out.push(rest);
  }
  return out;
}

function nestPageTree(pdf: PDFDocument): void {
  const context = pdf.context;
  const root = pdf.catalog.lookup(PDFName.of('Pages'), PDFDict);
  const rootRef = pdf.catalog.get(PDFName.of('Pages')) as PDFRef;
  const kids = root.lookup(PDFName.of('Kids'), PDFArray);
  const pageRefs = kids.asArray() as PDFRef[];
  const group = Math.max(2, Math.ceil(Math.sqrt(pageRefs.length)));
  const newKids = context.obj([]);
  for (let i = 0; i < pageRefs.length; i += group) {
    const chunk = pageRefs.slice(i, i + group);
    const node = context.obj({ Type: 'Pages', Parent: rootRef, Kids: chunk, Count: chunk.length });
    const nodeRef = context.register(node);
    for (const ref of chunk) context.lookup(ref, PDFDict).set(PDFName.of('Parent'), nodeRef);
    newKids.push(nodeRef);
  }
  root.set(PDFName.of('Kids'), newKids);
  root.set(PDFName.of('Count'), PDFNumber.of(pageRefs.length));
}

function addEncryptDictionary(pdf: PDFDocument): void {
  const hex = (seed: number) =>
    PDFHexString.of(
      Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join(''),
    );
  const encrypt = pdf.context.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, P: -44, O: hex(11), U: hex(29) });
  pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt);
  pdf.context.trailerInfo.ID = pdf.context.obj([hex(3), hex(3)]);
}
