import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve, sep } from 'node:path';
import ts from 'typescript';
import { readRecordRange } from '../../electron/core/records/readRecordRange';
import { launchChromium } from '../../test/e2e/support/launchChromium';
import { createBenchWorkspace, type BenchWorkspace } from './createBenchWorkspace';
import { importThroughApp } from './measureImport';
import { PDF_OPEN_HARNESS } from './pdfOpenHarness';

const PDFJS_DIR = resolve('node_modules/pdfjs-dist');
/** The app's own modules, so the harness fetches and paints documents exactly as the viewer does. */
const APP_MODULES: Record<string, string> = Object.fromEntries(
  ['showFirstPage', 'recordPdfSource'].map((name) => [
    `/app/${name}.mjs`,
    ts.transpileModule(readFileSync(`renderer/src/features/records/${name}.ts`, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText,
  ]),
);
const TYPES: Record<string, string> = { '.mjs': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

export interface OpenTimings {
  /** Milliseconds from getDocument to page 1 painted, per PDF name, in run order. */
  samples: Map<string, number[]>;
  /** Bytes the server sent per PDF name (range requests included), last run. */
  bytesSent: Map<string, number>;
}

interface ImportedPdf {
  documentId: string;
}

/** Serves pdf.js, the harness and the imported records through the app's own record reader (HTTP Range, viewing copies). */
function serve(bench: BenchWorkspace, docs: Map<string, ImportedPdf>, bytesSent: Map<string, number>): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(PDF_OPEN_HARNESS);
    const appModule = APP_MODULES[path];
    if (appModule) return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(appModule);
    if (path.startsWith('/doc/')) {
      const doc = docs.get(decodeURIComponent(path.slice(5)));
      if (!doc) return void res.writeHead(404).end();
      const out = readRecordRange(bench.backend.ws, doc.documentId, req.headers.range);
      const name = decodeURIComponent(path.slice(5));
      bytesSent.set(name, (bytesSent.get(name) ?? 0) + out.body.byteLength);
      return void res.writeHead(out.status, out.headers).end(out.body);
    }
    const file = normalize(join(PDFJS_DIR, path.replace(/^\/pdfjs\//, '')));
    if (!path.startsWith('/pdfjs/') || !file.startsWith(PDFJS_DIR + sep)) return void res.writeHead(404).end();
    try {
      res
        .writeHead(200, { 'Content-Type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * Imports each PDF into a real workspace as the window does, then opens each `rounds` times in Chromium,
 * names interleaved (ABAB…), each in a fresh page load.
 */
export async function measureFirstPage(pdfs: Map<string, Uint8Array>, rounds: number): Promise<OpenTimings> {
  const bench = await createBenchWorkspace();
  const bytesSent = new Map<string, number>();
  const samples = new Map<string, number[]>();
  const docs = new Map<string, ImportedPdf>();
  for (const [name, bytes] of pdfs)
    docs.set(name, await importThroughApp(bench.backend.invoke, bench.caseId, bytes, `${name}.pdf`));
  const server = await serve(bench, docs, bytesSent);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (let round = -1; round < rounds; round++) {
      for (const name of docs.keys()) {
        await page.goto(base);
        await page.waitForFunction(() => (window as unknown as { harnessReady?: boolean }).harnessReady === true);
        bytesSent.set(name, 0);
        const result = await page.evaluate(
          (url) =>
            (
              window as unknown as {
                openDoc(u: string): Promise<{ ms: number; pages: number; marks: Record<string, number> }>;
              }
            ).openDoc(url),
          `${base}/doc/${encodeURIComponent(name)}`,
        );
        if (process.env['PDF_OPEN_MARKS']) console.log(name, Math.round(result.ms), JSON.stringify(result.marks));
        if (round >= 0) samples.set(name, [...(samples.get(name) ?? []), result.ms]);
      }
    }
  } finally {
    await browser.close();
    server.close();
    bench.dispose();
  }
  return { samples, bytesSent };
}
