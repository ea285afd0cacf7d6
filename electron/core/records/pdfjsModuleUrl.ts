import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const SPECIFIER = 'pdfjs-dist/legacy/build/pdf.mjs';

/** Where pdf.js's Node build lives, found from this module (ESM under tsx/vitest, CJS in Electron's bundle). */
export function pdfjsModuleUrl(): string {
  const resolve = typeof require === 'function' ? require.resolve : createRequire(import.meta.url).resolve;
  return pathToFileURL(resolve(SPECIFIER)).href;
}
