import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface RecordPdfSpec {
  title: string;
  /** One entry per page; each page's text is wrapped to the page width. */
  pages: string[];
}

const FIXED_DATE = new Date('2024-01-01T00:00:00Z');

/** A plain text-only medical record PDF. Fixed dates keep the bytes (and so the SHA-256) stable. */
export async function generateRecordPdf(spec: RecordPdfSpec): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(spec.title);
  pdf.setProducer('IMR reference sync server (demo records)');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  spec.pages.forEach((text, index) => {
    const page = pdf.addPage([612, 792]);
    page.drawText(spec.title, { x: 54, y: 740, size: 14, font: bold });
    page.drawText(`Page ${index + 1} of ${spec.pages.length}`, { x: 54, y: 40, size: 9, font });
    let y = 710;
    for (const line of wrap(text, 90)) {
      if (y < 60) break;
      page.drawText(line, { x: 54, y, size: 11, font });
      y -= 15;
    }
  });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + word.length + 1 > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}
