import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/core/backend/createBackend';
import { insertCase } from '../../electron/core/db/repositories/caseRepository';
import { staticKeyProvider } from '../../electron/core/db/keyProvider';
import { silentLogger } from '../../electron/core/log/logger';
import { caseFixture } from '../../test/support/caseFixture';

export interface BenchWorkspace {
  backend: Backend;
  caseId: string;
  dispose(): void;
}

/** A real encrypted workspace in a temp folder with one empty case. */
export async function createBenchWorkspace(): Promise<BenchWorkspace> {
  const dataDir = mkdtempSync(join(tmpdir(), 'imr-bench-'));
  const backend = await createBackend({
    dataDir,
    keyProvider: staticKeyProvider(randomBytes(32)),
    log: silentLogger,
    transport: 'in-process',
    seedDemo: false,
  });
  insertCase(backend.ws.db, caseFixture());
  return {
    backend,
    caseId: 'case-1',
    dispose() {
      backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
