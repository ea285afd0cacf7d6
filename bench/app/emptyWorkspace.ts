import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/core/backend/createBackend';
import { writeSetting } from '../../electron/core/db';
import { fileKeyProvider } from '../../electron/core/keys/fileKeyProvider';
import { silentLogger } from '../../electron/core/log/logger';

/**
 * A workspace with no case at all, opened by the shell with its key file: marked as connected to a sync server
 * (on a closed port, not signed in, so nothing syncs), which keeps the demo from being generated into it.
 */
export async function createEmptyWorkspace(): Promise<string> {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'imr-bench-empty-')), 'workspace');
  const backend = await createBackend({
    dataDir,
    keyProvider: fileKeyProvider(dataDir, silentLogger),
    log: silentLogger,
    transport: 'in-process',
    seedDemo: false,
  });
  writeSetting(backend.ws.db, 'sync.server', { url: 'http://127.0.0.1:9' });
  backend.close();
  return dataDir;
}

/** A demo workspace (14 cases) opened once, so the shell's start is a second start. */
export async function createDemoWorkspace(): Promise<string> {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'imr-bench-demo-')), 'workspace');
  const backend = await createBackend({
    dataDir,
    keyProvider: fileKeyProvider(dataDir, silentLogger),
    log: silentLogger,
    transport: 'in-process',
    seedDemo: true,
  });
  backend.close();
  return dataDir;
}
