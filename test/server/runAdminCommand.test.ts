import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/appError';
import { runAdminCommand, type AdminContext } from '../../server/adminCommands/runAdminCommand';
import { DEMO_CASES } from '../../server/demo/demoCases';
import { writeDemoCaseFolder } from '../../server/demo/writeDemoCaseFolder';
import { openServerDatabase } from '../../server/db/openServerDatabase';
import { readAssignmentsPage } from '../../server/feed/readAssignmentsPage';
import { findCaseByNumber } from '../../server/repositories/caseRepository';
import { findReviewerIdByTokenHash } from '../../server/repositories/tokenRepository';
import { hashToken } from '../../server/auth/hashToken';
import { createServerBackendForTest, TEST_ENGINE, type ServerBackendForTest } from '../support/serverBackendForTest';
import { createTestSigner } from './support/buildTestPackage';

describe(`runAdminCommand (${TEST_ENGINE})`, () => {
  let backend: ServerBackendForTest;
  let dir: string;
  let context: AdminContext;
  beforeEach(async () => {
    backend = await createServerBackendForTest();
    dir = backend.dir;
    context = {
      db: await openServerDatabase(backend.database),
      storage: backend.storage,
      now: new Date(),
      tokenDays: 90,
    };
  });
  afterEach(async () => {
    await context.db.close();
    await backend.dispose();
  });
  const run = (...args: string[]) => runAdminCommand(args, context);

  it('creates a reviewer and issues a token that authenticates when both commands run', async () => {
    expect(await run('create-reviewer', 'RVW-0100', 'Dr', 'Test')).toContain('Created reviewer RVW-0100');
    const output = await run('issue-token', 'RVW-0100', '30');
    const token = output.split('\n')[0]!;
    expect(token).toMatch(/^imr_/);
    expect(output).toContain('expires');
    expect(await findReviewerIdByTokenHash(context.db.query, hashToken(token), new Date().toISOString())).toBe(
      'RVW-0100',
    );
  });

  it('refuses with an actionable message when the reviewer is unknown or the id is unusable', async () => {
    await expect(run('issue-token', 'RVW-9999')).rejects.toThrow(/create-reviewer RVW-9999/);
    await expect(run('create-reviewer', 'has space')).rejects.toBeInstanceOf(AppError);
    await expect(run('frobnicate')).rejects.toThrow(/Unknown command/);
  });

  it('assigns, reassigns and withdraws a case folder and the feed shows each step', async () => {
    await run('create-reviewer', 'RVW-A');
    await run('create-reviewer', 'RVW-B');
    const folder = await writeDemoCaseFolder(DEMO_CASES[0]!, join(dir, 'case'), new Date());
    expect(await run('assign', 'RVW-A', folder)).toContain('CM24-0100101 assigned to RVW-A');
    expect(await run('assign', 'RVW-A', folder)).toContain('updated');
    expect(await run('assign', 'RVW-B', folder)).toContain('taken from RVW-A');
    expect(await run('withdraw', 'CM24-0100101', 'Settled')).toContain('withdrawn from RVW-B');
    await expect(run('withdraw', 'CM24-0100101')).rejects.toThrow(/already withdrawn/);
    const a = (await readAssignmentsPage(context.db, 'RVW-A', undefined, 10)).items.map((c) => c.kind);
    const b = (await readAssignmentsPage(context.db, 'RVW-B', undefined, 10)).items.map((c) => c.kind);
    // Each reviewer's feed keeps only the latest change of a case: A lost it (no details left), B saw it withdrawn.
    expect(a).toEqual(['reassigned']);
    expect(b).toEqual(['withdrawn']);
    expect((await findCaseByNumber(context.db.query, 'CM24-0100101'))?.detail.case.status).toBe('withdrawn');
  });

  it('refuses a case folder when case.json is invalid or lists a missing file', async () => {
    await run('create-reviewer', 'RVW-A');
    const folder = join(dir, 'bad');
    const good = await writeDemoCaseFolder(DEMO_CASES[2]!, folder, new Date());
    writeFileSync(join(good, 'case.json'), JSON.stringify({ case: { caseNumber: 'nope' }, items: [], documents: [] }));
    await expect(run('assign', 'RVW-A', folder)).rejects.toThrow(/case\.json: case\./);
    const caseFile = {
      ...DEMO_CASES[2]!.caseFile,
      case: { ...DEMO_CASES[2]!.caseFile.case, receivedDate: '2024-01-01', dueDate: '2024-02-01' },
    };
    writeFileSync(
      join(folder, 'case.json'),
      JSON.stringify({ ...caseFile, documents: [{ ...caseFile.documents[0], file: 'missing.pdf' }] }),
    );
    await expect(run('assign', 'RVW-A', folder)).rejects.toThrow(/missing\.pdf/);
  });

  it('registers a certificate naming the reviewer and refuses one naming someone else', async () => {
    await run('create-reviewer', 'RVW-A');
    writeFileSync(join(dir, 'a.pem'), (await createTestSigner('RVW-A')).certificatePem);
    writeFileSync(join(dir, 'b.pem'), (await createTestSigner('RVW-B')).certificatePem);
    expect(await run('register-cert', 'RVW-A', join(dir, 'a.pem'))).toMatch(/Registered certificate [0-9a-f]{64}/);
    await expect(run('register-cert', 'RVW-A', join(dir, 'b.pem'))).rejects.toThrow(/not issued to reviewer RVW-A/);
  });

  it('creates a reviewer, an enrolment code and a token and lists them through the real CLI on this engine', () => {
    const env = {
      ...process.env,
      IMR_SERVER_DATA: join(dir, 'cli'),
      DATABASE_URL: backend.database.engine === 'postgres' ? backend.database.url : '',
    };
    const cli = (...args: string[]) =>
      execFileSync(process.execPath, ['--import', 'tsx', 'server/admin.ts', ...args], {
        env,
        encoding: 'utf8',
        timeout: 30_000,
      });
    expect(cli('create-reviewer', 'RVW-0300', 'Dr', 'CLI')).toContain('Created reviewer RVW-0300');
    expect(cli('enrol', 'RVW-0300').split('\n')[0]).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(cli('issue-token', 'RVW-0300', '7')).toMatch(/^imr_/);
    expect(cli('list-credentials', 'RVW-0300')).toMatch(/Tokens \(1\):\n {2}[0-9a-f]{12} {2}RVW-0300 {2}live/);
  });

  it('prints usage and exits 0 from the real CLI when asked for help', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'server/admin.ts', 'help'], {
      env: { ...process.env, IMR_SERVER_DATA: join(dir, 'cli'), DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(output).toContain('register-cert <reviewerId> <cert.pem>');
  });
});
