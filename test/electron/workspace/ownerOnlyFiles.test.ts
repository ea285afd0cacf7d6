import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/core/backend/createBackend';
import { ownerOnlyPermissions } from '../../../electron/core/files/ownerOnlyPermissions';
import { fileKeyProvider } from '../../../electron/core/keys/fileKeyProvider';
import type { Logger } from '../../../electron/core/log/logger';
import { silentLogger } from '../../../electron/core/log/logger';
import { createTestSigner, signCaseForTest } from '../sync/support/signForTest';
import { tempDir } from '../../support/tempDir';

const modeOf = (path: string) => statSync(path).mode & 0o777;
const entriesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => join(e.parentPath, e.name));

describe.skipIf(process.platform === 'win32')('owner-only files and folders', () => {
  const dir = tempDir('imr-perms-');
  let umask = 0;
  let backend: Backend;
  const warnings: { message: string; fields: unknown }[] = [];
  const log: Logger = { ...silentLogger, warn: (message, fields) => void warnings.push({ message, fields }) };
  const open = () =>
    createBackend({ dataDir: dir.path, keyProvider: fileKeyProvider(dir.path, log), log, transport: 'in-process' });

  beforeAll(async () => {
    // The permissive default of most systems: whatever the app does not set itself would come out 0644/0755.
    umask = process.umask(0o022);
    backend = await open();
    const [first] = await backend.invoke('cases.list', {});
    await backend.invoke('cases.get', { caseId: first?.id ?? '' });
    await backend.invoke('backup.create', {});
    signCaseForTest(backend.ws, first?.id ?? '', await createTestSigner('RVW-0001'));
  }, 180_000);
  afterAll(() => {
    backend.close();
    process.umask(umask);
    dir.remove();
  });

  it('writes the database, WAL, SHM, backups, records, signed packages, key and lock files owner-only', () => {
    const files = entriesUnder(dir.path);
    for (const expected of ['workspace.db', 'workspace.db-wal', 'workspace.db-shm', 'workspace.key', 'workspace.lock'])
      expect(files.map((f) => f.slice(dir.path.length + 1))).toContain(expected);
    expect(files.some((f) => f.includes(`${join('backups', 'manual-')}`))).toBe(true);
    expect(files.some((f) => f.includes(join('signed', '')))).toBe(true);
    expect(files.some((f) => f.includes(join('records', '')))).toBe(true);
    expect(ownerOnlyPermissions(dir.path, false)).toEqual([]);
    for (const file of files) expect(modeOf(file) & 0o077, file).toBe(0);
  });

  it('finds files and folders others can read at start-up and makes them owner-only again', async () => {
    backend.close();
    const loose = [join(dir.path, 'workspace.db'), join(dir.path, 'workspace.key')];
    for (const file of loose) chmodSync(file, 0o644);
    chmodSync(join(dir.path, 'backups'), 0o755);
    chmodSync(dir.path, 0o755);
    expect(ownerOnlyPermissions(dir.path, false).map((f) => f.path)).toEqual(
      expect.arrayContaining(['', 'workspace.db', 'workspace.key', 'backups']),
    );
    backend = await open();
    for (const file of loose) expect(modeOf(file)).toBe(0o600);
    expect(modeOf(join(dir.path, 'backups'))).toBe(0o700);
    expect(modeOf(dir.path)).toBe(0o700);
    expect(warnings.some((w) => /owner-only/.test(w.message))).toBe(true);
    expect(ownerOnlyPermissions(dir.path, false)).toEqual([]);
    expect(existsSync(join(dir.path, 'workspace.db-wal'))).toBe(true);
    expect(modeOf(join(dir.path, 'workspace.db-wal'))).toBe(0o600);
  });
  it('at start-up checks the workspace folder and what it holds directly; a deeper loose file is left to the doctor', async () => {
    backend.close();
    const record = entriesUnder(join(dir.path, 'records')).find((f) => statSync(f).isFile()) ?? '';
    expect(record).not.toBe('');
    chmodSync(record, 0o644);
    chmodSync(join(dir.path, 'workspace.db'), 0o644);
    backend = await open();
    expect(modeOf(join(dir.path, 'workspace.db'))).toBe(0o600);
    // Still closed to others: every folder above it is owner-only.
    expect(modeOf(record)).toBe(0o644);
    expect(modeOf(dir.path)).toBe(0o700);
    expect(ownerOnlyPermissions(dir.path, false, 1)).toEqual([]);
    expect(ownerOnlyPermissions(dir.path, false).map((f) => join(dir.path, f.path))).toEqual([record]);
    expect(ownerOnlyPermissions(dir.path, true).map((f) => f.repaired)).toEqual([true]);
    expect(modeOf(record)).toBe(0o600);
  });
});
