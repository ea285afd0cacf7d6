import type { OcrPage } from '../../../../shared/ipc';

/** The font style OCR items name; pdf.js measures each word in it and stretches the span to the word's box. */
export const OCR_FONT = 'ocr-text';

export interface OcrTextItem {
  str: string;
  dir: 'ltr';
  width: number;
  height: number;
  transform: [number, number, number, number, number, number];
  fontName: string;
  hasEOL: boolean;
}

export interface OcrTextChunk {
  items: OcrTextItem[];
  styles: Record<string, { fontFamily: string; ascent: number; descent: number; vertical: boolean }>;
  lang: null;
}

type Point = [number, number];

/**
 * A page's OCR words as pdf.js text-content items in page space: one item per word, each spanning its box (and
 * the gap to the next word, with a space, so a selection reads "word word"), the last of a line ending it.
 * pdf.js then lays them out as its text layer: invisible text over the scan that find, selection and quoting use.
 */
export function ocrTextContent(ocr: OcrPage): OcrTextChunk {
  const items: OcrTextItem[] = [];
  const m = ocr.toPage;
  if (!m || ocr.words.length === 0) return { items, styles: {}, lang: null };
  const map = (x: number, y: number): Point => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  const lines = new Map<number, OcrPage['words']>();
  for (const w of ocr.words) lines.set(w[6], [...(lines.get(w[6]) ?? []), w]);
  for (const words of lines.values()) {
    words.sort((a, b) => a[2] - b[2]);
    words.forEach(([text, , x0, y0, x1, y1], i) => {
      const last = i === words.length - 1;
      const next = words[i + 1];
      const right = last || !next ? x1 : Math.max(x1, next[2]);
      const origin = map(x0, y1);
      const end = map(right, y1);
      const top = map(x0, y0);
      const ux = end[0] - origin[0];
      const uy = end[1] - origin[1];
      const vx = top[0] - origin[0];
      const vy = top[1] - origin[1];
      const width = Math.hypot(ux, uy);
      const height = Math.hypot(vx, vy);
      if (width <= 0 || height <= 0) return;
      items.push({
        str: last ? text : `${text} `,
        dir: 'ltr',
        width,
        height,
        transform: [
          (ux / width) * height,
          (uy / width) * height,
          (vx / height) * height,
          (vy / height) * height,
          ...origin,
        ],
        fontName: OCR_FONT,
        hasEOL: last,
      });
    });
  }
  return {
    items,
    styles: { [OCR_FONT]: { fontFamily: 'sans-serif', ascent: 1, descent: 0, vertical: false } },
    lang: null,
  };
}
