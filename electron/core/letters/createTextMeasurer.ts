import type { PDFFont } from 'pdf-lib';
import type { FontStyle, MeasureText } from './letterLayout';

const BMP = 0x10000;

/** Widths summed from per-character advances (cached per style), matching how the cmap-only fontkit draws: no kerning. */
export function createTextMeasurer(fonts: Record<FontStyle, PDFFont>): MeasureText {
  const tables = new Map<FontStyle, Float64Array>();
  const astral = new Map<string, number>();
  return (text, style, size) => {
    let table = tables.get(style);
    if (table === undefined) {
      table = new Float64Array(BMP).fill(-1);
      tables.set(style, table);
    }
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const pair = text.slice(i, i + 2);
        const key = style + pair;
        let w = astral.get(key);
        if (w === undefined) {
          w = fonts[style].widthOfTextAtSize(pair, 1000);
          astral.set(key, w);
        }
        width += w;
        i++;
        continue;
      }
      let w = table[code] as number;
      if (w < 0) {
        w = fonts[style].widthOfTextAtSize(text[i] as string, 1000);
        table[code] = w;
      }
      width += w;
    }
    return (width * size) / 1000;
  };
}
