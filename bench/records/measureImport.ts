import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { invokeOrThrow } from '../../electron/core/api/createRegistrar';
import type { MethodName } from '../../shared/ipc/contract';
import type { ImportStatus } from '../../shared/ipc/contracts/recordsContract';
import { createBenchWorkspace } from './createBenchWorkspace';

/** The baseline: a bare pdf.js text-extraction loop over every page, in this thread. */
export async function bareExtractionMs(pdf: Uint8Array): Promise<number> {
  const started = performance.now();
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0, disableFontFace: true });
  const doc = await task.promise;
  let chars = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) if ('str' in item) chars += item.str.length;
    page.cleanup();
  }
  await task.destroy();
  if (chars === 0) throw new Error('The bench PDF has no text');
  return performance.now() - started;
}

/**
 * The product, as the window drives it: announce, upload base64 chunks, import, poll until done.
 * `warm`: another file was imported just before (the readers are loaded), as the baseline has pdf.js loaded.
 */
export async function importMs(pdf: Uint8Array, warm: boolean, warmup?: Uint8Array): Promise<number> {
  const bench = await createBenchWorkspace();
  const call = (method: MethodName, payload: unknown) => invokeOrThrow(bench.backend.registrar, method, payload);
  try {
    if (warm && warmup) await timeImport(call, bench.caseId, warmup, 'warm-up.pdf');
    return await timeImport(call, bench.caseId, pdf, 'records.pdf');
  } finally {
    bench.dispose();
  }
}

async function timeImport(call: (method: MethodName, payload: unknown) => Promise<unknown>, caseId: string, pdf: Uint8Array, name: string): Promise<number> {
  return (await importThroughApp(call, caseId, pdf, name)).ms;
}

/** Imports one file as the window does; returns the time taken and the new document's id. */
export async function importThroughApp(
  call: (method: MethodName, payload: unknown) => Promise<unknown>,
  caseId: string,
  pdf: Uint8Array,
  name: string,
): Promise<{ ms: number; documentId: string }> {
  {
    const started = performance.now();
    const { uploadId, chunkBytes } = (await call('records.beginUpload', { name, size: pdf.byteLength })) as { uploadId: string; chunkBytes: number };
    for (let offset = 0; offset < pdf.byteLength; offset += chunkBytes) {
      await call('records.uploadChunk', { uploadId, offset, base64: Buffer.from(pdf.subarray(offset, offset + chunkBytes)).toString('base64') });
    }
    const { jobId } = (await call('records.import', { caseId, uploadIds: [uploadId] })) as { jobId: string };
    for (;;) {
      const status = (await call('records.importStatus', { jobId })) as ImportStatus;
      if (status.state !== 'running') {
        const file = status.files[0];
        if (file?.state !== 'imported' || !file.documentId) throw new Error(`Bench import failed: ${file?.message}`);
        return { ms: performance.now() - started, documentId: file.documentId };
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}
