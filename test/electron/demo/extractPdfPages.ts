import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text pdf.js extracts from each page, in content order, with whitespace collapsed. */
export async function extractPdfPages(pdf: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : ' '))
        .join(' ');
      pages.push(collapseWhitespace(text));
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
