import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assignmentsPageSchema } from '../../shared/sync/assignmentsFeedSchema';
import { SYNC_ROUTES, assignmentsPath } from '../../shared/sync/syncRoutes';
import { syncRequest } from './support/syncRequest';

/** Collects the child's stdout until a pattern appears; fails after 30 s. */
function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`No ${pattern} within 30 s. Output:\n${text}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (pattern.test(text)) {
        clearTimeout(timer);
        resolve(text);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code}. Output:\n${text}`));
    });
  });
}

describe('server/main', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imr-server-main-'));
  let child: ChildProcess | null = null;
  afterAll(async () => {
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts on 127.0.0.1 with a demo reviewer, a printed token and assigned demo cases when run', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, IMR_SERVER_DATA: dir, IMR_SERVER_PORT: '0', IMR_SERVER_LOG: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = await waitForOutput(child, /token: (imr_\S+)[\s\S]*Register/);
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    const token = /token: (imr_\S+)/.exec(output)?.[1];
    if (!url || !token) throw new Error(`Unexpected output:\n${output}`);
    expect((await (await syncRequest(url, SYNC_ROUTES.me, token)).json()).reviewerId).toBe('RVW-0001');
    const page = assignmentsPageSchema.parse(await (await syncRequest(url, assignmentsPath(null), token)).json());
    expect(page.items.map((change) => change.caseNumber)).toEqual(['CM24-0100101', 'CM24-0100102', 'CM24-0100103']);
  });
});
