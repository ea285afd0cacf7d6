import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBackend, type Backend } from '../../../electron/core/backend/createBackend';
import { staticKeyProvider } from '../../../electron/core/db/keyProvider';
import { silentLogger } from '../../../electron/core/log/logger';
import { fixedClock } from '../../../electron/core/workspace/clock';
import { createShellServer, type ShellServer } from '../../../electron/shell/createShellServer';

export const RENDERER_DIR = resolve('dist/renderer');

export interface ShellUnderTest {
  dataDir: string;
  key: Buffer;
  backend: Backend;
  shell: ShellServer;
  /** Stop the back end and start it again on the same folder, key and port (a restart). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The real back end and the real built renderer on 127.0.0.1, against a real encrypted SQLite file in a temp folder. */
export async function startShellForTest(opts: { today?: string } = {}): Promise<ShellUnderTest> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error('Build the renderer first: npm run build:renderer');
  const dataDir = mkdtempSync(join(tmpdir(), 'imr-e2e-'));
  const key = randomBytes(32);
  const clock = fixedClock(`${opts.today ?? '2026-11-24'}T09:00:00.000Z`);
  const open = async (port = 0) => {
    const backend = await createBackend({
      dataDir,
      keyProvider: staticKeyProvider(key),
      log: silentLogger,
      transport: 'shell',
      clock,
    });
    const shell = await createShellServer({
      ws: backend.ws,
      registrar: backend.registrar,
      events: backend.events.subscribe,
      rendererDir: RENDERER_DIR,
      log: silentLogger,
      port,
    });
    return { backend, shell };
  };
  const first = await open();
  const under: ShellUnderTest = {
    dataDir,
    key,
    ...first,
    async restart() {
      const port = under.shell.port;
      await under.shell.close();
      under.backend.close();
      const next = await open(port);
      under.backend = next.backend;
      under.shell = next.shell;
    },
    async stop() {
      await under.shell.close();
      under.backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return under;
}
