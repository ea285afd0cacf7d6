import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/core/backend/createBackend';
import { invokeOrThrow } from '../../electron/core/api/createRegistrar';
import { staticKeyProvider } from '../../electron/core/keys/keyProvider';
import { silentLogger } from '../../electron/core/log/logger';
import { fixedClock, type Clock } from '../../electron/core/workspace/clock';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/ipc/contract';

export interface TestWorkspace {
  dataDir: string;
  key: Buffer;
  backend: Backend;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Close and reopen the back end on the same folder and key (a restart). */
  restart(): Promise<void>;
  dispose(): void;
}

/** A real encrypted SQLite workspace in a temp folder, reached through the real registrar. */
export async function createTestWorkspace(opts: { seedDemo?: boolean; clock?: Clock } = {}): Promise<TestWorkspace> {
  const dataDir = mkdtempSync(join(tmpdir(), 'imr-ws-'));
  const key = randomBytes(32);
  const open = () =>
    createBackend({
      dataDir,
      keyProvider: staticKeyProvider(key),
      log: silentLogger,
      transport: 'in-process',
      clock: opts.clock ?? fixedClock('2026-11-24T09:00:00.000Z'),
      seedDemo: opts.seedDemo ?? false,
    });
  const ws: TestWorkspace = {
    dataDir,
    key,
    backend: await open(),
    call: async (method, input) => (await invokeOrThrow(ws.backend.registrar, method, input)) as never,
    async restart() {
      ws.backend.close();
      ws.backend = await open();
    },
    dispose() {
      ws.backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return ws;
}
