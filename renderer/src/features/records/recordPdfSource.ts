import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';

type PdfjsLib = typeof import('pdfjs-dist');

/** pdf.js asks for whole chunks of this size; the first one is fetched before pdf.js starts. */
export const RANGE_CHUNK_BYTES = 65536;
/** A range that has not arrived by then is an error the viewer shows, not a page that never paints. */
export const RANGE_TIMEOUT_MS = 30_000;
/** A PDF's trailer and cross-reference table sit at its end (about 20 bytes per object); fetched while the worker starts. */
export const TAIL_PREFETCH_BYTES = 512 * 1024;

export interface RecordPdfSource {
  params: DocumentInitParameters;
  /** Ends the worker this source started; pdf.js does not end a worker it was given. */
  dispose(): void;
  /** Rejects when a range pdf.js asked for could not be fetched (pdf.js itself would wait for it forever). */
  failed: Promise<never>;
}

/**
 * How pdf.js reads a record: small files whole; larger ones through a range transport that knows the length
 * from the first response, so pdf.js fetches the trailer, the page tree and page 1 — not the whole file —
 * before painting. (pdf.js's own URL loader starts with a full GET and on loopback receives most of the
 * file before it can cancel.) The worker starts while the first chunk and the tail are fetched. Shared with bench/records
 * so the benchmark loads files the same way.
 */
export async function recordPdfSource(
  lib: PdfjsLib,
  request: string | { url: string; headers: Record<string, string> },
  timeoutMs = RANGE_TIMEOUT_MS,
): Promise<RecordPdfSource> {
  const { url, headers } = typeof request === 'string' ? { url: request, headers: {} } : request;
  const worker = new lib.PDFWorker();
  const dispose = () => worker.destroy();
  let fail: (e: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failed.catch(() => undefined);
  const fetchRange = async (
    begin: number,
    end: number,
  ): Promise<{ bytes: Uint8Array; total: number; whole: boolean }> => {
    const signal = AbortSignal.timeout(timeoutMs);
    let bytes: Uint8Array;
    let res: Response;
    try {
      res = await fetch(url, {
        headers: { ...headers, Range: `bytes=${begin}-${end - 1}` },
        cache: 'no-store',
        credentials: 'omit',
        signal,
      });
      bytes = new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      throw signal.aborted ? new Error(`the record could not be read: no answer within ${timeoutMs / 1000} s`) : e;
    }
    if (res.status !== 200 && res.status !== 206) throw new Error(`the record could not be read (HTTP ${res.status})`);
    if (res.status === 200) return { bytes, total: bytes.byteLength, whole: true };
    const total = Number(/\/(\d+)$/.exec(res.headers.get('Content-Range') ?? '')?.[1]);
    if (!Number.isSafeInteger(total)) throw new Error('the record server sent a range without the file length');
    if (bytes.byteLength !== Math.min(end, total) - begin)
      throw new Error('the record server sent a range of the wrong length');
    return { bytes, total, whole: begin === 0 && bytes.byteLength === total };
  };
  const first = await fetchRange(0, RANGE_CHUNK_BYTES).catch((e: unknown) => {
    dispose();
    throw e;
  });
  if (first.whole) return { params: { data: first.bytes, worker }, failed, dispose };

  const tailStart = Math.max(
    RANGE_CHUNK_BYTES,
    Math.floor((first.total - TAIL_PREFETCH_BYTES) / RANGE_CHUNK_BYTES) * RANGE_CHUNK_BYTES,
  );
  const tail = fetchRange(tailStart, first.total);
  tail.catch(() => undefined);
  const read = async (begin: number, end: number): Promise<Uint8Array> =>
    begin >= tailStart
      ? (await tail).bytes.subarray(begin - tailStart, end - tailStart)
      : (await fetchRange(begin, end)).bytes;

  class RecordRangeTransport extends lib.PDFDataRangeTransport {
    override requestDataRange(begin: number, end: number): void {
      read(begin, end).then(
        (bytes) => this.onDataRange(begin, bytes),
        (e: unknown) => fail(e instanceof Error ? e : new Error(String(e))),
      );
    }
  }
  const range = new RecordRangeTransport(first.total, first.bytes);
  return { params: { range, rangeChunkSize: RANGE_CHUNK_BYTES, disableAutoFetch: true, worker }, failed, dispose };
}
