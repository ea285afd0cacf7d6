import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignCase } from '../../server/assignments/assignCase';
import { createReviewer } from '../../server/reviewers/createReviewer';
import { startServer, type RunningServer, type StartServerOptions } from '../../server/startServer';
import { syntheticCaseFolder } from '../electron/sync/support/syncServerForTest';
import { createServerBackendForTest, TEST_ENGINE, type ServerBackendForTest } from '../support/serverBackendForTest';

/** Every file and folder under a folder with its permission bits. */
function modesUnder(root: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (path: string) => {
    const stats = statSync(path);
    out.set(path, stats.mode & 0o777);
    if (stats.isDirectory()) for (const entry of readdirSync(path)) walk(join(path, entry));
  };
  walk(root);
  return out;
}

const notOwnerOnly = (modes: Map<string, number>) =>
  [...modes]
    .filter(([path, mode]) => mode !== (statSync(path).isDirectory() ? 0o700 : 0o600))
    .map(([p, m]) => `${p} ${m.toString(8)}`);

describe(`server files are owner-only (${TEST_ENGINE})`, () => {
  let backend: ServerBackendForTest;
  let options: StartServerOptions;
  let server: RunningServer | null = null;
  /** What the server owns: with SQLite the data folder (database and records), with PostgreSQL the record folder. */
  const owned = () => (TEST_ENGINE === 'sqlite' ? backend.dir : backend.storage.dir);
  beforeEach(async () => {
    backend = await createServerBackendForTest();
    // The filesystem driver on both engines: its record files are what could leak.
    options = { database: backend.database, storage: { ...backend.storage, primary: 'fs' } };
  });
  afterEach(async () => {
    await server?.close();
    await backend.dispose();
  });

  it('creates the database, its journal files, record files and folders readable by the owner only, whatever the umask', async () => {
    const umask = process.umask(0o022);
    try {
      server = await startServer(options);
      await createReviewer(server.db, 'RVW-0001', 'Dr. A', new Date());
      await assignCase(server.db, server.storage, 'RVW-0001', syntheticCaseFolder(1, 3, 5000), new Date());
      const modes = modesUnder(owned());
      expect(modes.size).toBeGreaterThan(TEST_ENGINE === 'sqlite' ? 9 : 6);
      expect(notOwnerOnly(modes)).toEqual([]);
    } finally {
      process.umask(umask);
    }
  });

  it('repairs files an older server left group- and world-readable when it starts, and says which', async () => {
    server = await startServer(options);
    await createReviewer(server.db, 'RVW-0001', 'Dr. A', new Date());
    await assignCase(server.db, server.storage, 'RVW-0001', syntheticCaseFolder(1, 2, 5000), new Date());
    await server.close();
    for (const [path] of modesUnder(owned())) chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
    server = await startServer(options);
    expect(server.repairedPermissions.length).toBeGreaterThan(4);
    expect(notOwnerOnly(modesUnder(owned()))).toEqual([]);
  });
});
