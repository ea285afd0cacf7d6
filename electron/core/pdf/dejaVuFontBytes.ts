import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type DejaVuStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<DejaVuStyle, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
};

let cached: Record<DejaVuStyle, Uint8Array> | null = null;

/** DejaVu Sans in its four styles, read from the dejavu-fonts-ttf package once per process (records and letters embed it). */
export function dejaVuFontBytes(): Record<DejaVuStyle, Uint8Array> {
  if (cached) return cached;
  // ESM under tsx/vitest, CJS in Electron's bundle.
  const resolve = typeof require === 'function' ? require.resolve : createRequire(import.meta.url).resolve;
  const read = (style: DejaVuStyle) => new Uint8Array(readFileSync(resolve(`dejavu-fonts-ttf/ttf/${FILES[style]}`)));
  cached = { regular: read('regular'), bold: read('bold'), italic: read('italic'), boldItalic: read('boldItalic') };
  return cached;
}
