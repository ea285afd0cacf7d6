import { readdirSync, readlinkSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignCase } from '../../server/assignments/assignCase';
import { recordPath } from '../../shared/sync/syncRoutes';
import { syntheticCaseFolder } from '../electron/sync/support/syncServerForTest';
import { TEST_ENGINE } from '../support/serverBackendForTest';
import { REVIEWER_A, startTestServer, type TestServer } from './support/startTestServer';
import { syncRequest } from './support/syncRequest';

/** This process's open files inside a folder (Linux: /proc/self/fd). */
function openFilesUnder(dir: string): number {
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith(dir);
    } catch {
      return false;
    }
  }).length;
}

// The filesystem driver holds a file open while it streams; the database driver holds nothing between queries.
describe.runIf(TEST_ENGINE === 'sqlite')('record downloads the client abandons', () => {
  let t: TestServer;
  let sha: string;
  beforeAll(async () => {
    t = await startTestServer();
    const folder = syntheticCaseFolder(77, 1, 3 * 1024 * 1024);
    await assignCase(t.server.db, t.server.storage, REVIEWER_A, folder, new Date());
    sha = '';
    for (const candidate of await t.server.storage.list(null, 100)) {
      if ((await t.server.storage.stat(candidate))!.sizeBytes > 1024 * 1024) sha = candidate;
    }
  });
  afterAll(() => t.stop());

  it('closes the record file when the client hangs up part way through', async () => {
    const before = openFilesUnder(t.storageConfig.dir);
    for (let i = 0; i < 5; i++) {
      const controller = new AbortController();
      const response = await syncRequest(t.server.url, recordPath(sha), t.tokens.a, { signal: controller.signal });
      const reader = response.body!.getReader();
      await reader.read();
      controller.abort();
    }
    for (let i = 0; i < 50 && openFilesUnder(t.storageConfig.dir) > before; i++) await sleep(20);
    expect(openFilesUnder(t.storageConfig.dir)).toBe(before);
  });
});
