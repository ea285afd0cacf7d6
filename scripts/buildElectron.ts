import { build } from 'esbuild';

/** Main and preload become single CJS files; native and Electron modules stay external. */
const common = {
  bundle: true,
  platform: 'node' as const,
  format: 'cjs' as const,
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning' as const,
};
await build({
  ...common,
  entryPoints: ['electron/main/main.ts'],
  outfile: 'dist/electron/main.cjs',
  // OCR's engine, models and canvas are loaded by worker threads from their installed files, never bundled.
  external: [
    'electron',
    'better-sqlite3-multiple-ciphers',
    'pdfjs-dist',
    'tesseract.js',
    'tesseract.js-core',
    '@napi-rs/canvas',
    '@tesseract.js-data/eng',
    '@imr/tessdata-eng-fast',
  ],
});
await build({
  ...common,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  external: ['electron'],
});
console.log('Built dist/electron/main.cjs and dist/electron/preload.cjs');
