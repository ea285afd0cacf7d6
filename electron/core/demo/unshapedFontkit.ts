import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;
type GlyphRun = ReturnType<Font['layout']>;

const parsed = new Map<Uint8Array, Font>();

/**
 * fontkit that parses each font file once per process and lays text out glyph by glyph from the cmap.
 * Record text is plain Latin, and OpenType shaping of DejaVu otherwise takes most of the render time.
 */
export const unshapedFontkit: Fontkit = {
  create(buffer) {
    const known = parsed.get(buffer);
    if (known) return known;
    const font: Font = fontkit.create(buffer);
    font.layout = (text) => plainRun(font, text);
    parsed.set(buffer, font);
    return font;
  },
};

function plainRun(font: Font, text: string): GlyphRun {
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
