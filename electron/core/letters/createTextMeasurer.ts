import type { PDFFont } from 'pdf-lib';
import type { FontStyle, MeasureText } from './letterLayout';

/** Widths summed from per-character advances (cached), matching how the cmap-only fontkit draws: no kerning. */
export function createTextMeasurer(fonts: Record<FontStyle, PDFFont>): MeasureText {
  const unit = new Map<string, number>();
  return (text, style, size) => {
    let width = 0;
    for (const ch of text) {
      const key = style + ch;
      let w = unit.get(key);
      if (w === undefined) {
        w = fonts[style].widthOfTextAtSize(ch, 1000);
        unit.set(key, w);
      }
      width += w;
    }
    return (width * size) / 1000;
  };
}
