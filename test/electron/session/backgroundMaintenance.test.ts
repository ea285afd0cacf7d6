import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/core/backend/createBackend';
import { isGoodBackup } from '../../../electron/core/backup/findGoodBackup';
import { listBackups } from '../../../electron/core/backup/listBackups';
import { staticKeyProvider } from '../../../electron/core/db/keyProvider';
import { silentLogger } from '../../../electron/core/log/logger';
import type { SessionMaintenance } from '../../../electron/core/session/sessionMaintenance';
import { tempDir } from '../../support/tempDir';

const PAGE = 4096;
const corruptPage = (file: string, page: number) => {
  const bytes = readFileSync(file);
  for (let i = 0; i < 64; i++) bytes.writeUInt8(bytes.readUInt8(page * PAGE + 200 + i) ^ 0x5a, page * PAGE + 200 + i);
  writeFileSync(file, bytes);
};
const until = async (what: string, ok: () => boolean, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('background maintenance (the desktop app and the browser shell)', () => {
  let dir: ReturnType<typeof tempDir>;
  const key = randomBytes(32);
  const backupDir = () => join(dir.path, 'backups');
  const dailies = () => listBackups(backupDir()).filter((b) => b.kind === 'daily');
  const open = (maintenance: SessionMaintenance, seedDemo = false): Promise<Backend> =>
    createBackend({
      dataDir: dir.path,
      keyProvider: staticKeyProvider(key),
      log: silentLogger,
      transport: 'in-process',
      seedDemo,
      maintenance,
      sessionTimers: { maintenanceDelayMs: 0 },
    });
  beforeEach(() => (dir = tempDir('imr-maintenance-')));
  afterEach(() => dir.remove());

  it('opens at once and makes the verified daily backup beside the open workspace', async () => {
    const backend = await open('background', true);
    try {
      expect(backend.session.status().state).toBe('unlocked');
      expect((await backend.invoke('cases.list', {})).length).toBe(14);
      await until('the daily backup', () => dailies().length === 1);
      const [daily] = dailies();
      expect(isGoodBackup(join(backupDir(), daily?.file ?? ''), key)).toBe(true);
      expect(backend.session.status().state).toBe('unlocked');
    } finally {
      backend.close();
    }
  }, 60_000);

  it('finds damage the open did not touch and turns the session to restore, offering the good backup', async () => {
    const first = await open('at-open', true);
    first.close();
    expect(dailies()).toHaveLength(1);
    const file = join(dir.path, 'workspace.db');
    // A page near the end of the file: record page text, which opening the workspace never reads.
    corruptPage(file, Math.floor(statSync(file).size / PAGE) - 3);

    const damaged = await open('background');
    await until('the restore state', () => damaged.session.status().state === 'restore');
    expect(damaged.session.status().message).toMatch(/damaged.*newest good backup can be restored/s);
    expect(await damaged.registrar.invoke('cases.list', {}, { transport: 'in-process' })).toMatchObject({
      ok: false,
      error: { code: 'DB_CORRUPT' },
    });
    const restored = await damaged.invoke('session.restoreBackup', {});
    expect(restored.state).toBe('unlocked');
    expect((await damaged.invoke('cases.list', {})).length).toBe(14);
    damaged.close();
  }, 60_000);

  it('neither checks nor backs up when off (the command line)', async () => {
    const backend = await open('off');
    backend.close();
    expect(dailies()).toEqual([]);
  });
});
