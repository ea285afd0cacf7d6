import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWorkspacePackage } from '../../../electron/core/packages/readWorkspacePackage';
import { writeWorkspacePackage } from '../../../electron/core/packages/writeWorkspacePackage';
import { PASSPHRASE, passphraseBackend, type PassphraseBackend } from '../../support/passphraseBackend';
import { tempDir } from '../../support/tempDir';

describe('session', () => {
  let dir: ReturnType<typeof tempDir>;
  let open: PassphraseBackend[] = [];
  const start = async () => {
    const b = await passphraseBackend(dir.path);
    open.push(b);
    return b;
  };
  beforeEach(() => {
    dir = tempDir('imr-session-');
    open = [];
  });
  afterEach(() => {
    for (const b of open) b.backend.close();
    dir.remove();
  });

  it('starts in setup and answers only session methods when no passphrase was chosen yet', async () => {
    const b = await start();
    expect((await b.call('session.status', {})).state).toBe('setup');
    const refused = await b.raw('cases.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
  });

  it('opens the workspace and writes only a wrapped key when a passphrase is set up', async () => {
    const b = await start();
    const status = await b.call('session.setup', { passphrase: PASSPHRASE });
    expect(status).toMatchObject({ state: 'unlocked', keyKind: 'passphrase', unlockWith: 'passphrase' });
    expect(await b.call('cases.list', {})).toEqual([]);
    expect(existsSync(join(dir.path, 'workspace.key.wrapped'))).toBe(true);
    expect(existsSync(join(dir.path, 'workspace.key'))).toBe(false);
  });

  it('refuses every other method after locking and reopens with the right passphrase only', async () => {
    const b = await start();
    await b.call('session.setup', { passphrase: PASSPHRASE });
    expect((await b.call('session.lock', {})).state).toBe('locked');
    expect(await b.raw('cases.list', {})).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(() => b.backend.ws.db).toThrow(/locked/);
    expect(await b.raw('session.unlock', { passphrase: 'not the passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'DB_KEY_INVALID' },
    });
    expect((await b.call('session.unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    expect(await b.call('cases.list', {})).toEqual([]);
  });

  it('unlocks with the new passphrase only when the passphrase was changed', async () => {
    const b = await start();
    await b.call('session.setup', { passphrase: PASSPHRASE });
    expect(
      await b.raw('session.changePassphrase', { current: 'wrong wrong wrong', next: 'a brand new passphrase' }),
    ).toMatchObject({ ok: false, error: { code: 'DB_KEY_INVALID' } });
    await b.call('session.changePassphrase', { current: PASSPHRASE, next: 'a brand new passphrase' });
    b.backend.close();
    const again = await start();
    expect((await again.call('session.status', {})).state).toBe('locked');
    expect((await again.raw('session.unlock', { passphrase: PASSPHRASE })).ok).toBe(false);
    expect((await again.call('session.unlock', { passphrase: 'a brand new passphrase' })).state).toBe('unlocked');
  });

  it('keeps the data readable under a new key when the workspace is rekeyed', async () => {
    const b = await start();
    await b.call('session.setup', { passphrase: PASSPHRASE });
    const blob = b.backend.ws.store.put(Buffer.from('a record before the rekey'));
    const packageDir = join(dir.path, 'signed', 'CM00-0000001', 'v1');
    const bytesOf = (text: string) => Buffer.from(`${text} before the rekey`);
    const pkg = {
      files: {
        'letter.pdf': bytesOf('%PDF letter'),
        'determination.json': bytesOf('{}'),
        'certificate.pem': bytesOf('pem'),
      },
      manifestJson: bytesOf('{"m":1}'),
      manifestSig: bytesOf('sig'),
    };
    writeWorkspacePackage(b.backend.ws, packageDir, pkg);
    const before = readdirSync(dir.path).filter((f) => f.startsWith('workspace.key'));
    const result = await b.call('session.rekey', { passphrase: PASSPHRASE });
    expect(result.recordFiles).toBe(1);
    expect(b.backend.ws.store.read(blob.location).toString()).toBe('a record before the rekey');
    expect(readdirSync(dir.path).filter((f) => f.startsWith('workspace.key'))).toEqual(before);
    b.backend.close();
    const again = await start();
    await again.call('session.unlock', { passphrase: PASSPHRASE });
    expect(again.backend.ws.store.read(blob.location).toString()).toBe('a record before the rekey');
    const reread = readWorkspacePackage(again.backend.ws, packageDir);
    expect(reread['letter.pdf'].equals(pkg.files['letter.pdf']) && reread.manifestSig.equals(pkg.manifestSig)).toBe(
      true,
    );
    const verify = await again.call('audit.verify', {});
    expect(verify.ok).toBe(true);
  });
});
