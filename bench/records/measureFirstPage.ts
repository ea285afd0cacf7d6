import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve, sep } from 'node:path';
import { parseRange } from '../../electron/core/records/readRecordRange';
import ts from 'typescript';
import { launchChromium } from '../../test/e2e/support/launchChromium';
import { PDF_OPEN_HARNESS } from './pdfOpenHarness';

const PDFJS_DIR = resolve('node_modules/pdfjs-dist');
/** The app's own first-page painter, so the harness opens documents exactly as the viewer does. */
const SHOW_FIRST_PAGE = ts.transpileModule(readFileSync('renderer/src/features/records/showFirstPage.ts', 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
const TYPES: Record<string, string> = { '.mjs': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

export interface OpenTimings {
  /** Milliseconds from getDocument to page 1 painted, per PDF name, in run order. */
  samples: Map<string, number[]>;
  /** Bytes the server sent per PDF name (range requests included), last run. */
  bytesSent: Map<string, number>;
}

/** Serves pdf.js, the harness and the PDFs (with HTTP Range, like the app's record route) on loopback. */
function serve(pdfs: Map<string, Uint8Array>, bytesSent: Map<string, number>): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(PDF_OPEN_HARNESS);
    if (path === '/app/showFirstPage.mjs') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(SHOW_FIRST_PAGE);
    if (path.startsWith('/doc/')) {
      const name = decodeURIComponent(path.slice(5));
      const bytes = pdfs.get(name);
      if (!bytes) return void res.writeHead(404).end();
      const range = parseRange(req.headers.range, bytes.byteLength);
      const body = range && range !== 'unsatisfiable' ? bytes.subarray(range.start, range.end + 1) : bytes;
      bytesSent.set(name, (bytesSent.get(name) ?? 0) + body.byteLength);
      const headers = { 'Content-Type': 'application/pdf', 'Accept-Ranges': 'bytes', 'Content-Length': String(body.byteLength) };
      if (range && range !== 'unsatisfiable') return void res.writeHead(206, { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${bytes.byteLength}` }).end(body);
      return void res.writeHead(200, headers).end(body);
    }
    const file = normalize(join(PDFJS_DIR, path.replace(/^\/pdfjs\//, '')));
    if (!path.startsWith('/pdfjs/') || !file.startsWith(PDFJS_DIR + sep)) return void res.writeHead(404).end();
    try {
      res.writeHead(200, { 'Content-Type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Opens each PDF `rounds` times in Chromium, names interleaved (ABAB…), each in a fresh page load. */
export async function measureFirstPage(pdfs: Map<string, Uint8Array>, rounds: number): Promise<OpenTimings> {
  const bytesSent = new Map<string, number>();
  const samples = new Map<string, number[]>();
  const server = await serve(pdfs, bytesSent);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (let round = -1; round < rounds; round++) {
      for (const name of pdfs.keys()) {
        await page.goto(base);
        await page.waitForFunction(() => (window as unknown as { harnessReady?: boolean }).harnessReady === true);
        bytesSent.set(name, 0);
        const result = await page.evaluate(
          (url) => (window as unknown as { openDoc(u: string): Promise<{ ms: number; pages: number; marks: Record<string, number> }> }).openDoc(url),
          `${base}/doc/${encodeURIComponent(name)}`,
        );
        if (process.env['PDF_OPEN_MARKS']) console.log(name, Math.round(result.ms), JSON.stringify(result.marks));
        if (round >= 0) samples.set(name, [...(samples.get(name) ?? []), result.ms]);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { samples, bytesSent };
}
