import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignmentsPageSchema } from '../../shared/sync/assignmentsFeedSchema';
import { SYNC_ROUTES, assignmentsPath } from '../../shared/sync/syncRoutes';
import { createSharedTestDatabase } from '../support/postgres/sharedTestPostgres';
import { TEST_ENGINE } from '../support/serverBackendForTest';
import { spawnServerProcess, type ServerProcess } from './support/spawnServerProcess';
import { syncRequest } from './support/syncRequest';

describe(`server/main (${TEST_ENGINE})`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'imr-server-main-'));
  let env: Record<string, string>;
  let drop = async () => undefined as unknown;
  let running: ServerProcess | null = null;
  beforeAll(async () => {
    env = { IMR_SERVER_DATA: dir, DATABASE_URL: '' };
    if (TEST_ENGINE === 'postgres') {
      const database = await createSharedTestDatabase('imr_main');
      env = { ...env, DATABASE_URL: database.url, IMR_SERVER_DEMO: '1', IMR_STORAGE: 'database' };
      drop = database.drop;
    }
  });
  afterAll(async () => {
    if (running && running.child.exitCode === null) {
      running.child.kill('SIGKILL');
      await running.exited;
    }
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const stopGracefully = async (server: ServerProcess) => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  };

  it('starts on 127.0.0.1 with a demo reviewer, a token printed once and assigned demo cases', async () => {
    running = await spawnServerProcess(env);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const token = /token: (imr_\S+)/.exec(running.output())?.[1];
    if (!token) throw new Error(`No token in:\n${running.output()}`);
    expect((await (await syncRequest(running.url, SYNC_ROUTES.me, token)).json()).reviewerId).toBe('RVW-0001');
    const page = assignmentsPageSchema.parse(
      await (await syncRequest(running.url, assignmentsPath(null), token)).json(),
    );
    expect(page.items.map((change) => change.caseNumber)).toEqual(['CM24-0100101', 'CM24-0100102', 'CM24-0100103']);
    expect(running.output()).toMatch(/expires in 90 days/);
    await stopGracefully(running);

    // A second start issues no new credential; the first token still works.
    running = await spawnServerProcess(env);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(running.output()).not.toMatch(/imr_[A-Za-z0-9_-]{20,}/);
    expect(running.output()).toContain('issue-token RVW-0001');
    expect((await syncRequest(running.url, SYNC_ROUTES.me, token)).status).toBe(200);
    await stopGracefully(running);
  });
});
