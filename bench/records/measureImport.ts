import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Invoke } from '../../electron/core/api/createInvoker';
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
  try {
    if (warm && warmup) await timeImport(bench.backend.invoke, bench.caseId, warmup, 'warm-up.pdf');
    return await timeImport(bench.backend.invoke, bench.caseId, pdf, 'records.pdf');
  } finally {
    bench.dispose();
  }
}

async function timeImport(invoke: Invoke, caseId: string, pdf: Uint8Array, name: string): Promise<number> {
  return (await importThroughApp(invoke, caseId, pdf, name)).ms;
}

/** Imports one file as the window does; returns the time taken and the new document's id. */
export async function importThroughApp(
  invoke: Invoke,
  caseId: string,
  pdf: Uint8Array,
  name: string,
): Promise<{ ms: number; documentId: string }> {
  {
    const started = performance.now();
    const { uploadId, chunkBytes } = await invoke('records.beginUpload', { name, size: pdf.byteLength });
    for (let offset = 0; offset < pdf.byteLength; offset += chunkBytes) {
      await invoke('records.uploadChunk', {
        uploadId,
        offset,
        base64: Buffer.from(pdf.subarray(offset, offset + chunkBytes)).toString('base64'),
      });
    }
    const { jobId } = await invoke('records.import', { caseId, uploadIds: [uploadId] });
    for (;;) {
      const status = await invoke('records.importStatus', { jobId });
      if (status.state !== 'running') {
        const file = status.files[0];
        if (file?.state !== 'imported' || !file.documentId) throw new Error(`Bench import failed: ${file?.message}`);
        return { ms: performance.now() - started, documentId: file.documentId };
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}
