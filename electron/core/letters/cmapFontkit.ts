import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;
type GlyphRun = ReturnType<Font['layout']>;

const parsed = new WeakMap<Uint8Array, Font>();

/**
 * fontkit that parses each font file once per process and maps text to glyphs through the cmap alone.
 * OpenType shaping of DejaVu costs ~0.4 ms per drawn line (most of a long letter's render time), and letters are
 * Latin prose that needs no shaping; no ligatures also keeps the text layer one glyph per character for pdftotext.
 */
export const cmapFontkit: Fontkit = {
  create(buffer) {
    const known = parsed.get(buffer);
    if (known) return known;
    const font: Font = fontkit.create(buffer);
    font.layout = (text) => cmapRun(font, text);
    parsed.set(buffer, font);
    return font;
  },
};

function cmapRun(font: Font, text: string): GlyphRun {
  const glyphs = Array.from(text, (ch) => font.glyphForCodePoint(ch.codePointAt(0) ?? 0));
  const advanceWidth = glyphs.reduce((sum, g) => sum + g.advanceWidth, 0);
  return {
    glyphs,
    positions: [],
    script: 'latn',
    language: null,
    direction: 'ltr',
    features: {},
    advanceWidth,
    advanceHeight: 0,
    bbox: { minX: 0, minY: 0, maxX: advanceWidth, maxY: 0, width: advanceWidth, height: 0 },
  };
}
