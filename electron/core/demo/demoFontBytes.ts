import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface DemoFontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

let cached: DemoFontBytes | null = null;

/** DejaVu Sans, read from the dejavu-fonts-ttf package once per process. */
export function demoFontBytes(): DemoFontBytes {
  if (cached) return cached;
  // ESM under tsx/vitest, CJS in Electron's bundle.
  const resolve = typeof require === 'function' ? require.resolve : createRequire(import.meta.url).resolve;
  const read = (file: string) => new Uint8Array(readFileSync(resolve(`dejavu-fonts-ttf/ttf/${file}`)));
  cached = { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf') };
  return cached;
}
