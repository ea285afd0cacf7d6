import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Invoke } from '../../electron/core/api/createInvoker';
import { createBackend, type Backend, type CreateBackendOptions } from '../../electron/core/backend/createBackend';
import { staticKeyProvider } from '../../electron/core/db/keyProvider';
import { silentLogger } from '../../electron/core/log/logger';
import { fixedClock, type Clock } from '../../electron/core/workspace/clock';

export interface TestWorkspace {
  dataDir: string;
  key: Buffer;
  backend: Backend;
  /** Typed calls through the real registrar (the backend's invoker, which follows restarts). */
  call: Invoke;
  /** Close and reopen the back end on the same folder and key (a restart), with any options changed. */
  restart(changes?: Partial<TestWorkspaceOptions>): Promise<void>;
  /** Waits until background work (OCR, record analysis) has finished writing, so the database holds still. */
  settle(): Promise<void>;
  dispose(): void;
}

export type TestWorkspaceOptions = { seedDemo?: boolean; clock?: Clock } & Partial<
  Pick<CreateBackendOptions, 'syncOptions' | 'importLimits' | 'signingKeys' | 'ocr' | 'auditAnchors'>
>;

/** A real encrypted SQLite workspace in a temp folder, reached through the real registrar. */
export async function createTestWorkspace(opts: TestWorkspaceOptions = {}): Promise<TestWorkspace> {
  const dataDir = mkdtempSync(join(tmpdir(), 'imr-ws-'));
  const key = randomBytes(32);
  let options = opts;
  const open = () =>
    createBackend({
      dataDir,
      keyProvider: staticKeyProvider(key),
      log: silentLogger,
      transport: 'in-process',
      clock: options.clock ?? fixedClock('2026-11-24T09:00:00.000Z'),
      seedDemo: options.seedDemo ?? false,
      syncOptions: options.syncOptions,
      importLimits: options.importLimits,
      signingKeys: options.signingKeys,
      ocr: options.ocr,
      auditAnchors: options.auditAnchors,
    });
  const ws: TestWorkspace = {
    dataDir,
    key,
    backend: await open(),
    call: (method, input) => ws.backend.invoke(method, input),
    async restart(changes = {}) {
      options = { ...options, ...changes };
      ws.backend.close();
      ws.backend = await open();
    },
    async settle() {
      for (;;) {
        const services = ws.backend.services();
        if (!services) return;
        await services.ocr.idle();
        const caseIds = (ws.backend.ws.db.prepare('select id from cases').all() as { id: string }[]).map((c) => c.id);
        await Promise.all(caseIds.map((id) => services.analysis.settled(id)));
        if (caseIds.every((id) => services.analysis.state(id) === 'idle') && services.ocr.status().state !== 'running')
          return;
      }
    },
    dispose() {
      ws.backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return ws;
}
