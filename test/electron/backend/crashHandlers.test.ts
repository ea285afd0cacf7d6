import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staticKeyProvider } from '../../../electron/core/db/keyProvider';
import { silentLogger } from '../../../electron/core/log/logger';
import { readAutoLockMinutes } from '../../../electron/core/session/autoLockSetting';
import { openWorkspace } from '../../../electron/core/session/openWorkspace';

const CHILD = join(import.meta.dirname, 'support', 'crashingBackend.ts');

describe('crash handlers of a long-running back end', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('logs the error, closes the database cleanly and exits 1, keeping saved work, when an exception goes uncaught', async () => {
    dir = mkdtempSync(join(tmpdir(), 'imr-crash-handlers-'));
    const key = randomBytes(32);
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
      env: { ...process.env, CRASH_DATA_DIR: dir, CRASH_KEY_HEX: key.toString('hex') },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));

    expect(code).toBe(1);
    expect(stderr).toMatch(/A background task failed; the app keeps running.*a background task failed/);
    expect(stderr).toMatch(/Unexpected error; closing the workspace cleanly.*something nobody caught/);
    // A clean close checkpoints the write-ahead log into the database file and removes it.
    expect(existsSync(join(dir, 'workspace.db-wal'))).toBe(false);
    const ws = await openWorkspace({
      dataDir: dir,
      keyProvider: staticKeyProvider(key),
      log: silentLogger,
      seedDemo: false,
    });
    try {
      expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(readAutoLockMinutes(ws)).toBe(7);
    } finally {
      ws.close();
    }
  });
});
