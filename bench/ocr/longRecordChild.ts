// Run by bench/ocr.bench.ts as its own process, so the OCR pool's memory is measured without the benchmark's page
// images around it: opens a workspace, imports the scanned record with OCR paused, then obeys the parent on
// stdin ("resume", "pause", "stop") and reports on stdout, one JSON object a line. "hold" is the window's typing hint
// (records.holdOcrForTyping), passed on without a reply.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createBackend } from '../../electron/core/backend/createBackend';
import { insertCase } from '../../electron/core/db/repositories/caseRepository';
import { staticKeyProvider } from '../../electron/core/db/keyProvider';
import { silentLogger } from '../../electron/core/log/logger';
import { caseFixture } from '../../test/support/caseFixture';
import { startImport, waitForJob } from '../../test/electron/records/support/importFiles';

const [pdfPath] = process.argv.slice(2) as [string];
const dataDir = mkdtempSync(join(tmpdir(), 'imr-ocr-long-'));
const backend = await createBackend({
  dataDir,
  keyProvider: staticKeyProvider(randomBytes(32)),
  log: silentLogger,
  transport: 'in-process',
  seedDemo: false,
});
insertCase(backend.ws.db, caseFixture());
const ocr = backend.services()!.ocr;
ocr.pause();
const t = { call: backend.invoke } as Parameters<typeof startImport>[0];
await waitForJob(
  t,
  await startImport(t, 'case-1', [{ name: 'long record.pdf', bytes: readFileSync(pdfPath) }]),
  600_000,
);
global.gc?.();
const rss = () => process.memoryUsage().rss / 1048576;
const before = rss();
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, rss())), 100);
const say = async (event: string) => {
  const status = await backend.invoke('records.ocrStatus', {});
  process.stdout.write(
    `${JSON.stringify({ event, before, peak, pagesDone: status.pagesDone, state: status.state })}\n`,
  );
};
await say('ready');
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'hold') {
    await backend.invoke('records.holdOcrForTyping', {});
    continue;
  }
  if (line === 'resume') ocr.resume();
  else if (line === 'pause') ocr.pause();
  if (line === 'stop') {
    clearInterval(sampler);
    await say('stopped');
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  }
  await say(line);
}
