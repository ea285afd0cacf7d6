import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { CaseSummary } from '../../shared/domain/caseModel';
import type { ImportStatus, SearchHit } from '../../shared/ipc/contracts/recordsContract';
import type { CliCommand, CliContext } from './cliCommands';

async function findCaseId(call: CliContext['call'], caseNumber: string | undefined): Promise<string | null> {
  if (!caseNumber) return null;
  const cases = (await call('cases.list', { query: caseNumber })) as CaseSummary[];
  const found = cases.find((c) => c.caseNumber === caseNumber);
  if (!found) throw new Error(`No case ${caseNumber} in this workspace. Run "list" to see the case numbers.`);
  return found.id;
}

async function follow(call: CliContext['call'], jobId: string): Promise<ImportStatus> {
  for (;;) {
    const status = (await call('records.importStatus', { jobId })) as ImportStatus;
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
  console.log(`${status.files.length - failed} of ${status.files.length} file(s) in the case; ${status.done} pages read.`);
  return failed === 0 ? 0 : 1;
}

async function uploadFile(call: CliContext['call'], path: string): Promise<string> {
  const name = basename(path);
  const size = statSync(path).size;
  const { uploadId, accepted, chunkBytes } = (await call('records.beginUpload', { name, size })) as { uploadId: string; accepted: boolean; chunkBytes: number };
  if (!accepted) return uploadId;
  const bytes = readFileSync(path);
  for (let offset = 0; offset < bytes.byteLength; offset += chunkBytes) {
    await call('records.uploadChunk', { uploadId, offset, base64: bytes.subarray(offset, offset + chunkBytes).toString('base64') });
  }
  return uploadId;
}

export const RECORD_COMMANDS: CliCommand[] = [
  {
    name: 'import',
    usage: 'import <caseNumber> <files...>',
    summary: 'Import PDF, text, PNG or JPEG records into a case and index their text',
    async run({ call, args }) {
      const [caseNumber, ...paths] = args;
      const caseId = await findCaseId(call, caseNumber);
      if (!caseId || paths.length === 0) throw new Error('Usage: import <caseNumber> <files...>');
      const missing = paths.filter((p) => !existsSync(p) || !statSync(p).isFile());
      for (const path of missing) console.log(`failed     ${basename(path)}  — there is no file at ${path}.`);
      const uploadIds: string[] = [];
      for (const path of paths.filter((p) => !missing.includes(p))) uploadIds.push(await uploadFile(call, path));
      if (uploadIds.length === 0) return 1;
      const { jobId } = (await call('records.import', { caseId, uploadIds })) as { jobId: string };
      return Math.max(printResults(await follow(call, jobId)), missing.length > 0 ? 1 : 0);
    },
  },
  {
    name: 'reindex',
    usage: 'reindex [caseNumber]',
    summary: 'Rebuild the full-text index and the viewing copies of long PDFs from the stored record files (one case or all)',
    async run({ call, args }) {
      const caseId = await findCaseId(call, args[0]);
      const { jobId } = (await call('records.rebuildIndex', caseId ? { caseId } : {})) as { jobId: string };
      return printResults(await follow(call, jobId));
    },
  },
  {
    name: 'search',
    usage: 'search <caseNumber> <query...>',
    summary: "Search the text of a case's records",
    async run({ call, args }) {
      const [caseNumber, ...words] = args;
      const caseId = await findCaseId(call, caseNumber);
      if (!caseId) throw new Error('Usage: search <caseNumber> <query...>');
      const { hits, total, ranked } = (await call('records.search', { caseId, query: words.join(' '), limit: 20 })) as { hits: SearchHit[]; total: number; ranked: boolean };
      for (const h of hits) console.log(`${h.title} p.${h.page}: ${h.snippet.map((s) => (s.match ? `[${s.text}]` : s.text)).join('').replace(/\s+/g, ' ')}`);
      console.log(`${total} page(s) match${ranked ? '' : ', listed in record order (too common to rank)'}.`);
      return 0;
    },
  },
];
