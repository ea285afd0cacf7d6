import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../../electron/core/backend/createBackend';
import { silentLogger } from '../../../electron/core/log/logger';
import { osUserCheck } from '../../../electron/main/osUserCheck';
import { safeStorageKeyProvider } from '../../../electron/main/safeStorageKeyProvider';
import { selectKeySource } from '../../../electron/main/selectKeySource';
import { watchSystemLock } from '../../../electron/main/watchSystemLock';
import { tempDir } from '../../support/tempDir';

vi.mock('electron', () => ({}));

/** Stands in for the OS keychain: a reversible transform the test can tell apart from clear text. */
const fakeSafeStorage = (backend = 'gnome_libsecret', available = true) => ({
  isEncryptionAvailable: () => available,
  getSelectedStorageBackend: () => backend,
  encryptString: (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`),
  decryptString: (sealed: Buffer) => Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'base64').toString(),
});

describe('keychain and key source', () => {
  let dir: ReturnType<typeof tempDir>;
  const yes = () => Promise.resolve(true);
  beforeEach(() => (dir = tempDir('imr-keychain-')));
  afterEach(() => dir.remove());

  it('uses the keychain when it is real and a passphrase, with the reason, when Electron falls back to basic_text', () => {
    expect(selectKeySource(fakeSafeStorage(), dir.path, yes).kind).toBe('provider');
    const basic = selectKeySource(fakeSafeStorage('basic_text'), dir.path, yes);
    expect(basic).toMatchObject({ kind: 'passphrase', reason: expect.stringMatching(/keyring/) });
    expect(selectKeySource(fakeSafeStorage('gnome_libsecret', false), dir.path, yes).kind).toBe('passphrase');
  });

  it('keeps a passphrase once the workspace has one, even when a keychain appears later', () => {
    writeFileSync(join(dir.path, 'workspace.key.wrapped'), '{}');
    expect(selectKeySource(fakeSafeStorage(), dir.path, yes).kind).toBe('passphrase');
  });

  it('stores only the sealed key and adopts a key file left from a machine without a keychain', () => {
    const legacy = randomBytes(32);
    writeFileSync(join(dir.path, 'workspace.key'), legacy.toString('hex'));
    const provider = safeStorageKeyProvider(fakeSafeStorage(), dir.path);
    expect(provider.getKey().equals(legacy)).toBe(true);
    expect(existsSync(join(dir.path, 'workspace.key'))).toBe(false);
    expect(readFileSync(join(dir.path, 'workspace.key.sealed'), 'utf8')).toMatch(/^sealed:/);
  });

  it('stages a new key beside the sealed one and makes it current only on commit', () => {
    const provider = safeStorageKeyProvider(fakeSafeStorage(), dir.path);
    const current = provider.getKey();
    const next = randomBytes(32);
    provider.rotation?.stage(next);
    expect(provider.getKey().equals(current)).toBe(true);
    expect(provider.rotation?.pendingKey()?.equals(next)).toBe(true);
    provider.rotation?.commit();
    expect(provider.getKey().equals(next)).toBe(true);
    expect(provider.rotation?.pendingKey()).toBeNull();
  });

  it('asks for Touch ID on macOS and treats a cancelled prompt as a refusal', async () => {
    expect(
      await osUserCheck({ canPromptTouchID: () => true, promptTouchID: () => Promise.resolve() }, 'darwin')(),
    ).toBe(true);
    expect(
      await osUserCheck(
        { canPromptTouchID: () => true, promptTouchID: () => Promise.reject(new Error('cancelled')) },
        'darwin',
      )(),
    ).toBe(false);
    expect(await osUserCheck({}, 'linux')()).toBe(true);
  });

  it('refuses to unlock a keychain workspace when the OS check says no', async () => {
    const backend = await createBackend({
      dataDir: dir.path,
      keySource: {
        kind: 'provider',
        provider: safeStorageKeyProvider(fakeSafeStorage(), dir.path),
        verifyUser: () => Promise.resolve(false),
      },
      log: silentLogger,
      transport: 'in-process',
      seedDemo: false,
    });
    backend.session.lock('manual');
    await expect(backend.session.unlock()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(backend.session.status().state).toBe('locked');
    backend.close();
  });

  it('asks the window to lock on sleep and locks by itself when the window does not answer', async () => {
    const backend = await createBackend({
      dataDir: dir.path,
      keySource: { kind: 'provider', provider: safeStorageKeyProvider(fakeSafeStorage(), dir.path) },
      log: silentLogger,
      transport: 'in-process',
      seedDemo: false,
      sessionTimers: { systemLockGraceMs: 50 },
    });
    const listeners = new Map<string, () => void>();
    watchSystemLock({ on: (name: string, l: () => void) => listeners.set(name, l) } as never, backend.session);
    listeners.get('suspend')?.();
    expect(backend.session.status()).toMatchObject({ state: 'unlocked', lockRequested: true });
    await new Promise((r) => setTimeout(r, 120));
    expect(backend.session.status()).toMatchObject({ state: 'locked', lockReason: 'system', lockRequested: false });
    await backend.session.unlock();
    listeners.get('lock-screen')?.();
    expect(backend.session.status().lockRequested).toBe(true);
    backend.session.lock('system');
    expect(backend.session.status().state).toBe('locked');
    backend.close();
  });
});
