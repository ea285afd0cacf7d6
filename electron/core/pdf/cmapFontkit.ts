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
export async function loadCmapFontkit(): Promise<Fontkit> {
  const { default: fontkit } = await import('@pdf-lib/fontkit');
  return {
    create(buffer) {
      const known = parsed.get(buffer);
      if (known) return known;
      const font: Font = fontkit.create(buffer);
      font.layout = (text) => cmapRun(font, text);
      parsed.set(buffer, font);
      return font;
    },
  };
}

type Glyph = GlyphRun['glyphs'][number];
const glyphCaches = new WeakMap<Font, Map<number, Glyph>>();

function cmapRun(font: Font, text: string): GlyphRun {
  let cache = glyphCaches.get(font);
  if (cache === undefined) {
    cache = new Map();
    glyphCaches.set(font, cache);
  }
  const glyphs: Glyph[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    let glyph = cache.get(code);
    if (glyph === undefined) {
      glyph = font.glyphForCodePoint(code);
      cache.set(code, glyph);
    }
    glyphs.push(glyph);
  }
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
