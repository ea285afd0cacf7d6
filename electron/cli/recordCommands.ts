import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportStatus } from '../../shared/ipc';
import type { Invoke } from '../core/api';
import type { CliCommand } from './cliCommand';
import { findCaseId } from './findCaseId';
import { followOcr } from './followOcr';

async function follow(invoke: Invoke, jobId: string): Promise<ImportStatus> {
  for (;;) {
    const status = await invoke('records.importStatus', { jobId });
    if (process.stderr.isTTY) process.stderr.write(`\r${status.done}/${status.total} pages`);
    if (status.state !== 'running') {
      if (process.stderr.isTTY) process.stderr.write('\n');
      return status;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

function printResults(status: ImportStatus): number {
  for (const f of status.files) console.log(`${f.state.padEnd(9)}  ${f.name}${f.message ? `  — ${f.message}` : ''}`);
  const failed = status.files.filter((f) => f.state === 'failed' || f.state === 'cancelled').length;
  console.log(
    `${status.files.length - failed} of ${status.files.length} file(s) in the case; ${status.done} pages read.`,
  );
  return failed === 0 ? 0 : 1;
}

async function uploadFile(invoke: Invoke, path: string): Promise<string> {
  const name = basename(path);
  const size = statSync(path).size;
  const { uploadId, accepted, chunkBytes } = await invoke('records.beginUpload', { name, size });
  if (!accepted) return uploadId;
  const bytes = readFileSync(path);
  for (let offset = 0; offset < bytes.byteLength; offset += chunkBytes) {
    await invoke('records.uploadChunk', {
      uploadId,
      offset,
      base64: bytes.subarray(offset, offset + chunkBytes).toString('base64'),
    });
  }
  return uploadId;
}

export const RECORD_COMMANDS: CliCommand[] = [
  {
    name: 'import',
    usage: 'import <caseNumber> <files...>',
    summary: 'Import PDF, text, PNG or JPEG records into a case and index their text',
    async run({ invoke, args }) {
      const [caseNumber, ...paths] = args;
      if (paths.length === 0) throw new Error('Usage: npm run cli -- import <caseNumber> <files...>');
      const caseId = await findCaseId(invoke, caseNumber, 'import <caseNumber> <files...>');
      const missing = paths.filter((p) => !existsSync(p) || !statSync(p).isFile());
      for (const path of missing) console.log(`failed     ${basename(path)}  — there is no file at ${path}.`);
      const uploadIds: string[] = [];
      for (const path of paths.filter((p) => !missing.includes(p))) uploadIds.push(await uploadFile(invoke, path));
      if (uploadIds.length === 0) return 1;
      const { jobId } = await invoke('records.import', { caseId, uploadIds });
      const code = Math.max(printResults(await follow(invoke, jobId)), missing.length > 0 ? 1 : 0);
      const ocr = await invoke('records.ocrStatus', { caseId });
      if (ocr.pagesTotal > ocr.pagesDone)
        console.log(
          `${ocr.pagesTotal - ocr.pagesDone} scanned page(s) queued for OCR: they are read in the background when the app is open, or now with "npm run cli -- ocr ${caseNumber}".`,
        );
      return code;
    },
  },
  {
    name: 'reindex',
    usage: 'reindex [caseNumber]',
    summary:
      'Rebuild the full-text index and the viewing copies of long PDFs from the stored record files (one case or all)',
    async run({ invoke, args }) {
      const caseId = args[0] ? await findCaseId(invoke, args[0], 'reindex [caseNumber]') : undefined;
      const { jobId } = await invoke('records.rebuildIndex', caseId ? { caseId } : {});
      return printResults(await follow(invoke, jobId));
    },
  },
  {
    name: 'ocr',
    usage: 'ocr <caseNumber> [--document ID] [--force] [--model fast|best]',
    summary: 'Read scanned pages of a case by OCR now (--force: read them all again, replacing earlier results)',
    async run({ invoke, args, options = {} }) {
      const caseId = await findCaseId(invoke, args[0], 'ocr <caseNumber> [--document ID] [--force]');
      const model = options.model;
      if (model !== undefined && model !== 'fast' && model !== 'best')
        throw new Error('--model is "fast" (the default) or "best" (slower, sometimes more accurate).');
      const queued = await invoke('records.runOcr', {
        caseId,
        ...(options.document ? { documentId: options.document } : {}),
        ...(options.force ? { force: true } : {}),
        ...(model ? { model } : {}),
      });
      console.log(`${queued.pages} page(s) of ${queued.documents} document(s) queued for OCR.`);
      return followOcr(invoke, caseId);
    },
  },
  {
    name: 'search',
    usage: 'search <caseNumber> <query...>',
    summary: "Search the text of a case's records",
    readsOnly: () => true,
    async run({ invoke, args }) {
      const [caseNumber, ...words] = args;
      const caseId = await findCaseId(invoke, caseNumber, 'search <caseNumber> <query...>');
      const { hits, total, ranked } = await invoke('records.search', { caseId, query: words.join(' '), limit: 20 });
      for (const h of hits)
        console.log(
          `${h.title} p.${h.page}: ${h.snippet
            .map((s) => (s.match ? `[${s.text}]` : s.text))
            .join('')
            .replace(/\s+/g, ' ')}`,
        );
      console.log(`${total} page(s) match${ranked ? '' : ', listed in record order (too common to rank)'}.`);
      return 0;
    },
  },
];
