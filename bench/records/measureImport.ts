import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createRecordJobs } from '../../electron/core/records/createRecordJobs';
import { DEFAULT_IMPORT_LIMITS } from '../../electron/core/records/importLimits';
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

/** The product: an import job (worker extraction, store, one transaction with FTS rows, optimize). */
export async function importMs(pdf: Uint8Array): Promise<number> {
  const bench = await createBenchWorkspace();
  try {
    const jobs = createRecordJobs(bench.backend.ws, DEFAULT_IMPORT_LIMITS);
    const started = performance.now();
    const status = await jobs.settled(jobs.startImport(bench.caseId, [{ name: 'records.pdf', bytes: pdf, problem: null }]));
    const elapsed = performance.now() - started;
    if (status.files[0]?.state !== 'imported') throw new Error(`Bench import failed: ${status.files[0]?.message}`);
    return elapsed;
  } finally {
    bench.dispose();
  }
}
