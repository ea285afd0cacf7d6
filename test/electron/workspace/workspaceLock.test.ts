import { copyFileSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/core/backend/createBackend';
import { fileKeyProvider, readKeyFile } from '../../../electron/core/keys/fileKeyProvider';
import { openDatabase } from '../../../electron/core/db/openDatabase';
import { staticKeyProvider } from '../../../electron/core/db/keyProvider';
import { silentLogger } from '../../../electron/core/log/logger';
import { acquireWorkspaceLock } from '../../../electron/core/workspace/workspaceLock';
import { workspaceLockHeld } from '../../../electron/core/workspace/workspaceLockHeld';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { databaseFingerprint } from '../../support/databaseFingerprint';
import { runCli } from '../../support/runCli';
import { startShellProcess, type ShellProcess } from '../../support/startShellProcess';
import { tempDir } from '../../support/tempDir';

describe('one writer per workspace', () => {
  const dir = tempDir('imr-lock-');
  afterAll(() => dir.remove());

  it('refuses a second back end on the same folder and names the holder; the lock frees when it closes', async () => {
    const first = acquireWorkspaceLock(dir.path, 'the browser shell');
    expect(() => acquireWorkspaceLock(dir.path, 'a command')).toThrow(
      expect.objectContaining({
        code: 'WORKSPACE_IN_USE',
        message: expect.stringMatching(/open in the browser shell \(process \d+/),
      }),
    );
    expect(workspaceLockHeld(dir.path)).toBe(true);
    first.release();
    expect(workspaceLockHeld(dir.path)).toBe(false);
    acquireWorkspaceLock(dir.path, 'a command').release();
  });

  it('refuses a file given as the workspace folder, saying what to give instead, and leaves the file as it was', () => {
    const file = join(dir.path, 'notes.txt');
    writeFileSync(file, 'my notes');
    expect(() => acquireWorkspaceLock(file, 'a command')).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/is a file, not a workspace folder/),
      }),
    );
    expect(readFileSync(file, 'utf8')).toBe('my notes');
  });

  it('makes createBackend refuse to start while another back end holds the folder', async () => {
    const key = staticKeyProvider(Buffer.alloc(32, 7));
    const open = () =>
      createBackend({ dataDir: dir.path, keyProvider: key, log: silentLogger, transport: 'shell', seedDemo: false });
    const holder = await open();
    await expect(open()).rejects.toMatchObject({ code: 'WORKSPACE_IN_USE' });
    holder.close();
    (await open()).close();
  });
});

describe('restore, reset and rekey while the browser shell is running', () => {
  const dir = tempDir('imr-lock-shell-');
  let shell: ShellProcess | null = null;
  let caseId = '';
  let itemId = '';

  beforeAll(async () => {
    const backend = await createBackend({
      dataDir: dir.path,
      keyProvider: fileKeyProvider(dir.path, silentLogger),
      log: silentLogger,
      transport: 'in-process',
    });
    const [first] = await backend.invoke('cases.list', {});
    caseId = first?.id ?? '';
    itemId = (await backend.invoke('cases.get', { caseId })).items[0]?.id ?? '';
    await backend.invoke('backup.create', {});
    backend.close();
  }, 180_000);
  afterEach(async () => {
    await shell?.stop();
    shell = null;
  });
  afterAll(() => dir.remove());

  const invokeOverHttp = async (running: ShellProcess, method: string, payload: unknown) => {
    const origin = `http://127.0.0.1:${running.port}`;
    const res = await fetch(`${origin}/api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, authorization: `Bearer ${running.token}` },
      body: JSON.stringify({ method, payload }),
    });
    return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  };
  const decisionOnDisk = () => {
    const db = openDatabase({
      file: join(dir.path, 'workspace.db'),
      keyProvider: staticKeyProvider(readKeyFile(join(dir.path, 'workspace.key'))),
      readonly: true,
    });
    try {
      return (
        db.prepare('select decision from item_determinations where item_id = ?').get(itemId) as
          { decision: string } | undefined
      )?.decision;
    } finally {
      db.close();
    }
  };

  it('refuses restore, reset-demo and backup with a message naming the shell, and the later decision survives', async () => {
    shell = await startShellProcess(dir.path);
    const saved = await invokeOverHttp(shell, 'determinations.saveItem', { caseId, itemId, decision: 'overturned' });
    expect(saved.ok).toBe(true);

    for (const args of [['restore'], ['reset-demo'], ['backup']]) {
      const refused = await runCli(dir.path, args);
      expect(refused.code, args.join(' ')).toBe(1);
      expect(refused.out).toMatch(/WORKSPACE_IN_USE: The workspace in .* is open in the browser shell \(process \d+/);
    }
    const listed = await runCli(dir.path, ['list']);
    expect(listed.code, listed.out).toBe(0);
    expect(listed.out).toMatch(/Reading it without changing anything/);
    expect(listed.out).toMatch(/\d+ open case\(s\)/);
    const verified = await runCli(dir.path, ['audit', 'verify']);
    expect(verified).toMatchObject({ code: 0, out: expect.stringMatching(/Audit trail intact/) });

    // The shell still writes into the live file: nothing moved it away.
    const again = await invokeOverHttp(shell, 'determinations.saveItem', { caseId, itemId, decision: 'upheld' });
    expect(again.ok).toBe(true);
    await shell.stop();
    shell = null;
    expect(decisionOnDisk()).toBe('upheld');
  }, 180_000);

  it('does not leave a stale lock behind a shell killed with SIGKILL', async () => {
    shell = await startShellProcess(dir.path);
    expect((await runCli(dir.path, ['backup'])).code).toBe(1);
    await shell.kill9();
    shell = null;
    const backup = await runCli(dir.path, ['backup']);
    expect(backup).toMatchObject({ code: 0, out: expect.stringMatching(/Backup written and verified/) });
  }, 180_000);
});

describe('a database file moved or replaced under a running back end', () => {
  let t: TestWorkspace;
  afterEach(() => t.dispose());

  it('is never written again: the next call is refused, the moved file is unchanged, and unlock opens the new one', async () => {
    t = await createTestWorkspace();
    await t.call('session.setAutoLock', { minutes: 7 });
    await t.call('backup.create', {});
    const dbFile = join(t.dataDir, 'workspace.db');
    const movedDir = join(t.dataDir, 'moved');
    const [backupFile] = readdirSync(join(t.dataDir, 'backups')).filter((f) => f.endsWith('.db'));
    // What an older `restore` did behind the app's back: the live file and its WAL moved aside, a backup put in place.
    mkdirSync(movedDir);
    for (const suffix of ['', '-wal', '-shm'])
      renameSync(`${dbFile}${suffix}`, join(movedDir, `workspace.db${suffix}`));
    copyFileSync(join(t.dataDir, 'backups', backupFile ?? ''), dbFile);
    const movedBefore = fingerprintOf(join(movedDir, 'workspace.db'), t.key);

    const refused = await t.backend.registrar.invoke(
      'session.setAutoLock',
      { minutes: 9 },
      { transport: 'in-process' },
    );
    expect(refused).toMatchObject({ ok: false });
    const status = await t.call('session.status', {});
    expect(status).toMatchObject({ state: 'locked', message: expect.stringMatching(/moved or replaced/) });
    expect(fingerprintOf(join(movedDir, 'workspace.db'), t.key)).toBe(movedBefore);

    expect((await t.call('session.unlock', {})).state).toBe('unlocked');
    expect((await t.call('session.setAutoLock', { minutes: 9 })).autoLockMinutes).toBe(9);
    expect(fingerprintOf(join(movedDir, 'workspace.db'), t.key)).toBe(movedBefore);
  });
});

function fingerprintOf(file: string, key: Buffer): string {
  const db = openDatabase({ file, keyProvider: staticKeyProvider(key), readonly: true });
  try {
    return databaseFingerprint(db);
  } finally {
    db.close();
  }
}
