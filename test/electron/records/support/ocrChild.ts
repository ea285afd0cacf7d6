// Run by ocrQueue.test.ts as its own process: opens a workspace, imports a scanned PDF and reports each page OCR
// stores, until the test kills it (SIGKILL) part-way.
import { readFileSync } from 'node:fs';
import { createBackend } from '../../../../electron/core/backend/createBackend';
import { staticKeyProvider } from '../../../../electron/core/db/keyProvider';
import { insertCase } from '../../../../electron/core/db/repositories/caseRepository';
import { silentLogger } from '../../../../electron/core/log/logger';
import { caseFixture } from '../../../support/caseFixture';
import { startImport } from './importFiles';

const [dataDir, keyHex, pdfPath] = process.argv.slice(2) as [string, string, string];
const backend = await createBackend({
  dataDir,
  keyProvider: staticKeyProvider(Buffer.from(keyHex, 'hex')),
  log: silentLogger,
  transport: 'in-process',
  seedDemo: false,
  ocr: { pool: { size: 1 } },
});
insertCase(backend.ws.db, caseFixture());
const t = { call: backend.invoke } as Parameters<typeof startImport>[0];
await startImport(t, 'case-1', [{ name: 'fax.pdf', bytes: readFileSync(pdfPath) }]);
let reported = 0;
for (;;) {
  const status = await backend.invoke('records.ocrStatus', {});
  if (status.pagesDone > reported) {
    reported = status.pagesDone;
    process.stdout.write(`read ${reported}\n`);
  }
  await new Promise((r) => setTimeout(r, 50));
}
