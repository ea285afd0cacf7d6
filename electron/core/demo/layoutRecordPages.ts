import { wrapParagraph } from './wrapParagraph';

export interface LaidOutPage {
  paragraphs: { lines: string[] }[];
}

export interface PageLayout {
  maxWidth: number;
  linesPerPageHeight: number;
  leading: number;
  paragraphGap: number;
  widthOf: (s: string) => number;
}

/** Splits sections into pages: every section opens a page, and paragraphs break across pages line by line. */
export function layoutRecordPages(sections: string[][], layout: PageLayout): LaidOutPage[] {
  const pages: LaidOutPage[] = [];
  for (const section of sections) {
    let page: LaidOutPage = { paragraphs: [] };
    pages.push(page);
    let used = 0;
    for (const text of section) {
      const lines = wrapParagraph(text, layout.maxWidth, layout.widthOf);
      if (lines.length === 0) continue;
      let fragment: string[] = [];
      page.paragraphs.push({ lines: fragment });
      for (const line of lines) {
        if (used + layout.leading > layout.linesPerPageHeight) {
          if (fragment.length === 0) page.paragraphs.pop();
          page = { paragraphs: [] };
          pages.push(page);
          used = 0;
          fragment = [];
          page.paragraphs.push({ lines: fragment });
        }
        fragment.push(line);
        used += layout.leading;
      }
      used += layout.paragraphGap;
    }
  }
  if (pages.length === 0) pages.push({ paragraphs: [] });
  return pages;
}
