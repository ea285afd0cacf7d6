import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RANGE_CHUNK_BYTES,
  recordPdfSource,
  TAIL_PREFETCH_BYTES,
} from '../../../renderer/src/features/records/recordPdfSource';
import { parseRangeHeader } from '../../../shared/http/parseRangeHeader';
import { buildRecordPdf } from '../../electron/records/support/buildRecordPdf';
import { medicalPages } from '../../electron/records/support/medicalText';

type Lib = Parameters<typeof recordPdfSource>[0];
const lib = pdfjs as unknown as Lib;

/** Serves one file with Range support, or misbehaves as `mode` says; counts the bytes it sends. */
function startServer(files: Map<string, Uint8Array>) {
  const sent = new Map<string, number>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const [, mode = '', name = ''] = new URL(req.url ?? '/', 'http://x').pathname.split('/');
    const file = files.get(name);
    if (!file) return void res.writeHead(404).end();
    if (mode === 'silent') return;
    const range = parseRangeHeader(req.headers.range, file.byteLength);
    if (mode === 'down' && range.kind === 'range' && range.start > 0) return void res.writeHead(503).end('unavailable');
    if (range.kind !== 'range') return void res.writeHead(200, { 'Content-Length': String(file.byteLength) }).end(file);
    let body = file.subarray(range.start, range.end + 1);
    if (mode === 'short') body = body.subarray(0, body.byteLength - 1);
    sent.set(name, (sent.get(name) ?? 0) + body.byteLength);
    const contentRange =
      mode === 'nolength'
        ? `bytes ${range.start}-${range.end}/*`
        : `bytes ${range.start}-${range.end}/${file.byteLength}`;
    res.writeHead(206, { 'Content-Range': contentRange, 'Content-Length': String(body.byteLength) }).end(body);
  };
  return { server: createServer(handle), sent };
}

describe('recordPdfSource (the viewer reading a record over HTTP Range)', () => {
  let server: Server;
  let sent: Map<string, number>;
  let base: string;
  let long: Uint8Array;
  let short: Uint8Array;

  beforeAll(async () => {
    long = await buildRecordPdf(medicalPages(1200, 0, 2500), { tree: 'nested' });
    short = await buildRecordPdf(medicalPages(3));
    ({ server, sent } = startServer(
      new Map([
        ['long.pdf', long],
        ['short.pdf', short],
      ]),
    ));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 60_000);

  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  const open = async (url: string, timeoutMs?: number) => {
    const source = await recordPdfSource(lib, url, timeoutMs);
    const task = lib.getDocument({ ...source.params, verbosity: 0 });
    // Left loading when it fails: under Node pdf.js runs its worker in-process, and destroying a load that
    // waits for data raises an unhandled "Worker was terminated" inside pdf.js (in the app it is a real worker).
    const pdf = await Promise.race([task.promise, source.failed]);
    const page = await pdf.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    await task.destroy();
    source.dispose();
    return { pages: pdf.numPages, text };
  };

  it('reads a small record whole from the first response', async () => {
    expect(short.byteLength).toBeLessThan(RANGE_CHUNK_BYTES);
    const source = await recordPdfSource(lib, `${base}/ok/short.pdf`);
    source.dispose();
    expect(source.params.data).toBeInstanceOf(Uint8Array);
    expect((source.params.data as Uint8Array).byteLength).toBe(short.byteLength);
  });

  it('opens a long record at page 1 from its start and end, without reading the whole file', async () => {
    expect(long.byteLength).toBeGreaterThan(3 * (RANGE_CHUNK_BYTES + TAIL_PREFETCH_BYTES));
    sent.set('long.pdf', 0);
    const { pages, text } = await open(`${base}/ok/long.pdf`);
    expect(pages).toBe(1200);
    expect(text.length).toBeGreaterThan(100);
    expect(sent.get('long.pdf')).toBeLessThan(long.byteLength / 3);
  });

  it('rejects with the HTTP status when a later range cannot be read', async () => {
    await expect(open(`${base}/down/long.pdf`)).rejects.toThrow('the record could not be read (HTTP 503)');
  });

  it('rejects a range reply without the file length, or shorter than asked', async () => {
    await expect(open(`${base}/nolength/long.pdf`)).rejects.toThrow('without the file length');
    await expect(open(`${base}/short/long.pdf`)).rejects.toThrow('range of the wrong length');
  });

  it('rejects when the server does not answer, instead of waiting forever', async () => {
    await expect(open(`${base}/silent/long.pdf`, 300)).rejects.toThrow('no answer within 0.3 s');
  });

  it('says so for a record that is not there', async () => {
    await expect(open(`${base}/ok/missing.pdf`)).rejects.toThrow('HTTP 404');
  });
});
