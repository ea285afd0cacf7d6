import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontStyle } from './letterLayout';

const FILES: Record<FontStyle, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
};

let cached: Record<FontStyle, Uint8Array> | null = null;

/** DejaVu Sans in its four styles, read from the dejavu-fonts-ttf package once per process. */
export function letterFontBytes(): Record<FontStyle, Uint8Array> {
  if (cached) return cached;
  // ESM under tsx/vitest, CJS in Electron's bundle.
  const resolve = typeof require === 'function' ? require.resolve : createRequire(import.meta.url).resolve;
  const read = (style: FontStyle) => new Uint8Array(readFileSync(resolve(`dejavu-fonts-ttf/ttf/${FILES[style]}`)));
  cached = { regular: read('regular'), bold: read('bold'), italic: read('italic'), boldItalic: read('boldItalic') };
  return cached;
}
