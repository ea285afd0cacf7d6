import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OcrModel } from './ocrSettings';

export interface OcrEnginePaths {
  tesseract: string;
  tesseractWorker: string;
  canvas: string;
  utif: string;
  pdfjsUrl: string;
  standardFonts: string;
  cMaps: string;
  wasm: string;
  models: Record<OcrModel, string>;
}

/**
 * Installed files only, never a CDN: tesseract.js, its Node worker script (which loads the WASM core from
 * tesseract.js-core), the English models, and pdf.js's fonts and image decoders. Found from this module (ESM under
 * tsx/vitest, CJS in Electron's bundle, where these packages stay unbundled and unpacked from the asar).
 */
export function ocrEnginePaths(): OcrEnginePaths {
  const req = typeof require === 'function' ? require : createRequire(import.meta.url);
  const dirOf = (pkg: string) => dirname(req.resolve(`${pkg}/package.json`));
  const pdfjs = dirOf('pdfjs-dist');
  const tesseract = dirOf('tesseract.js');
  return {
    tesseract: req.resolve('tesseract.js'),
    tesseractWorker: join(tesseract, 'src', 'worker-script', 'node', 'index.js'),
    canvas: req.resolve('@napi-rs/canvas'),
    utif: req.resolve('utif2'),
    pdfjsUrl: pathToFileURL(join(pdfjs, 'legacy', 'build', 'pdf.mjs')).href,
    standardFonts: `${join(pdfjs, 'standard_fonts')}/`,
    cMaps: `${join(pdfjs, 'cmaps')}/`,
    wasm: `${join(pdfjs, 'wasm')}/`,
    models: {
      fast: join(dirOf('@imr/tessdata-eng-fast'), '4.1.0_fast'),
      best: join(dirOf('@tesseract.js-data/eng'), '4.0.0_best_int'),
    },
  };
}

/** The engine and model a result came from, stored with it. */
export function ocrEngineName(model: OcrModel): string {
  const req = typeof require === 'function' ? require : createRequire(import.meta.url);
  const version = (pkg: string) => (req(`${pkg}/package.json`) as { version: string }).version;
  const data = model === 'fast' ? 'eng tessdata_fast 4.1.0' : 'eng tessdata best_int 4.0.0';
  return `tesseract.js ${version('tesseract.js')} (core ${version('tesseract.js-core')}, LSTM) ${data}`;
}
