import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/core/backend/createBackend';
import { verifyAuditTrail } from '../../../electron/core/audit/verifyAuditTrail';
import { fileKeyProvider, readKeyFile } from '../../../electron/core/keys/fileKeyProvider';
import { staticKeyProvider } from '../../../electron/core/db/keyProvider';
import { openDatabase } from '../../../electron/core/db/openDatabase';
import { silentLogger } from '../../../electron/core/log/logger';
import { generateDemoWorkspace } from '../../../electron/core/demo/generateDemoWorkspace';
import { tempDir } from '../../support/tempDir';
import { TEST_ANCHOR_DIR } from '../../support/runCli';

const run = promisify(execFile);

async function cli(dataDir: string, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    // The command line as `npm run cli` runs it: the launcher, which builds the bundle when stale, then runs it.
    const { stdout, stderr } = await run(process.execPath, ['scripts/cli.mjs', ...args, '--data-dir', dataDir], {
      encoding: 'utf8',
      env: { ...process.env, IMR_ANCHOR_DIR: TEST_ANCHOR_DIR },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('cli backup, restore and audit', () => {
  const dir = tempDir('imr-cli-sec-');
  let caseNumber: string;

  beforeAll(async () => {
    const backend = await createBackend({
      dataDir: dir.path,
      keyProvider: fileKeyProvider(dir.path, silentLogger),
      log: silentLogger,
      transport: 'in-process',
    });
    const [first] = backend.ws.db.prepare('select id, case_number from cases order by case_number').all() as {
      id: string;
      case_number: string;
    }[];
    caseNumber = first?.case_number ?? '';
    await backend.registrar.invoke('cases.get', { caseId: first?.id }, { transport: 'in-process' });
    backend.close();
  }, 120_000);
  afterAll(() => dir.remove());

  it('writes a verified backup and reports an intact trail', async () => {
    const backup = await cli(dir.path, 'backup');
    expect(backup).toMatchObject({
      code: 0,
      out: expect.stringMatching(/Backup written and verified: .*manual-\d{8}T\d{9}Z\.db/),
    });
    const verify = await cli(dir.path, 'audit', 'verify');
    expect(verify).toMatchObject({
      code: 0,
      out: expect.stringMatching(/Audit trail intact: \d+ event\(s\); head [0-9a-f]{64}/),
    });
  }, 60_000);

  it('exports a case trail as JSON Lines without any record or claimant text', async () => {
    const out = join(dir.path, 'trail.jsonl');
    expect((await cli(dir.path, 'audit', 'export', caseNumber, out)).code).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { action: string; hash: string });
    expect(lines.map((l) => l.action)).toContain('case.opened');
    const demo = await generateDemoWorkspace({ today: new Date().toISOString().slice(0, 10), seed: 1 });
    const text = readFileSync(out, 'utf8');
    const sample = demo.cases.find((c) => c.caseNumber === caseNumber) ?? demo.cases[0];
    for (const needle of [
      sample?.claimantName ?? 'x',
      ...(sample?.documents.flatMap((d) => d.pages.slice(0, 1)).map((p) => p.slice(0, 40)) ?? []),
    ])
      expect(text).not.toContain(needle);
  }, 60_000);

  it('names the first broken link and exits 1 when a row was altered', async () => {
    const db = openDatabase({
      file: join(dir.path, 'workspace.db'),
      keyProvider: staticKeyProvider(readKeyFile(join(dir.path, 'workspace.key'))),
    });
    db.exec('drop trigger audit_events_no_update');
    db.prepare("update audit_events set actor = 'someone else' where id = 2").run();
    db.close();
    const verify = await cli(dir.path, 'audit', 'verify');
    expect(verify).toMatchObject({ code: 1, out: expect.stringMatching(/BROKEN at event 2: .*changed/) });
  }, 60_000);

  it('restores the newest good backup and keeps the replaced database aside', async () => {
    const restore = await cli(dir.path, 'restore');
    expect(restore).toMatchObject({ code: 0, out: expect.stringMatching(/Restored manual-.*\.db/) });
    const db = openDatabase({
      file: join(dir.path, 'workspace.db'),
      keyProvider: staticKeyProvider(readKeyFile(join(dir.path, 'workspace.key'))),
    });
    expect(verifyAuditTrail(db).ok).toBe(true);
    db.close();
  }, 60_000);
});
