import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/core/backend/createBackend';
import { fileKeyProvider } from '../../electron/core/keys/fileKeyProvider';
import { silentLogger } from '../../electron/core/log/logger';
import { buildRecordPdf } from '../electron/records/support/buildRecordPdf';
import { completeDetermination, SAMPLE_CASE_NUMBER } from '../support/sampleCase';
import { tempDir } from '../support/tempDir';

const run = promisify(execFile);

/** `npm run cli -- …` without npm: the launcher builds the bundle when a source changed, then runs the command. */
async function cli(dataDir: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/cli.mjs', ...args, '--data-dir', dataDir], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout: 180_000,
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: e.stdout ?? '', err: e.stderr ?? '' };
  }
}

// The bundle loads pdf-lib, fontkit, node-forge, signpdf and the pdf.js worker only when a command needs them;
// each command here reaches one of those paths through the bundle, not through the TypeScript sources.
describe('the bundled command line', () => {
  const dir = tempDir('imr-cli-bundle-');
  const dataDir = join(dir.path, 'workspace');

  beforeAll(async () => {
    // The first run builds the bundle if needed and creates the demo workspace (record PDFs rendered by pdf-lib).
    const first = await cli(dataDir, ['list']);
    expect(first.code, first.err).toBe(0);
  }, 240_000);
  afterAll(() => dir.remove());
  const openBackend = () =>
    createBackend({
      dataDir,
      keyProvider: fileKeyProvider(dataDir, silentLogger),
      log: silentLogger,
      transport: 'in-process',
    });

  it('lists the demo cases it generated on first open, one line per case', async () => {
    const { code, out } = await cli(dataDir, ['list']);
    expect(code).toBe(0);
    expect(out).toMatch(/^14 open case\(s\)$/m);
    expect(out).toContain(SAMPLE_CASE_NUMBER);
  });

  it('imports and indexes a 250-page record, making its viewing copy, and finds its text', async () => {
    const pages = Array.from(
      { length: 250 },
      (_, i) => `Progress note page ${i + 1}. Lumbar tenderness; plan zygapophyseal review ${i}.`,
    );
    const file = join(dir.path, 'long-record.pdf');
    writeFileSync(file, await buildRecordPdf(pages));
    const imported = await cli(dataDir, ['import', SAMPLE_CASE_NUMBER, file]);
    expect(imported.code, imported.out + imported.err).toBe(0);
    expect(imported.out).toMatch(/250 pages read/);
    const found = await cli(dataDir, ['search', SAMPLE_CASE_NUMBER, 'zygapophyseal']);
    expect(found.out).toMatch(/250 page\(s\) match/);
    const backend = await openBackend();
    try {
      const copies = backend.ws.db.prepare('select page_count from record_viewing_copies').all();
      expect(copies).toEqual([{ page_count: 250 }]);
    } finally {
      backend.close();
    }
  }, 240_000);

  it('signs a completed determination and verifies the exported package', async () => {
    const backend = await openBackend();
    try {
      const found = (await backend.invoke('cases.list', { query: SAMPLE_CASE_NUMBER }))[0];
      if (!found) throw new Error('no sample case');
      const detail = await backend.invoke('cases.get', { caseId: found.id });
      const [mri, xray] = detail.items;
      if (!mri || !xray) throw new Error('the sample case has two items');
      await completeDetermination({
        t: { call: backend.invoke },
        caseId: found.id,
        mri,
        xray,
        documents: detail.documents,
      });
    } finally {
      backend.close();
    }
    const signed = await cli(dataDir, ['sign', SAMPLE_CASE_NUMBER], {
      IMR_SIGNING_PASSPHRASE: 'bundle test passphrase',
    });
    expect(signed.code, signed.out + signed.err).toBe(0);
    expect(signed.out).toMatch(new RegExp(`Signed ${SAMPLE_CASE_NUMBER} version 1`));
    const exported = await cli(dataDir, ['export-package', SAMPLE_CASE_NUMBER, join(dir.path, 'package')]);
    expect(exported.code, exported.err).toBe(0);
    const verified = await cli(dataDir, ['verify', join(dir.path, 'package')]);
    expect(verified.code, verified.out + verified.err).toBe(0);
  }, 240_000);
});
