import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/core/backend/createBackend';
import { isGoodBackup } from '../../../electron/core/backup/findGoodBackup';
import { openDatabase } from '../../../electron/core/db/openDatabase';
import { staticKeyProvider } from '../../../electron/core/db/keyProvider';
import { fileKeyProvider, readKeyFile } from '../../../electron/core/keys/fileKeyProvider';
import { openWithPassphrase } from '../../../electron/core/keys/passphraseFiles';
import { silentLogger } from '../../../electron/core/log/logger';
import { decryptRecord } from '../../../electron/core/recordStore/encryptedRecordFormat';
import { deriveRecordKey } from '../../../electron/core/recordStore/recordKey';
import { chooseKeySource } from '../../../electron/core/session/chooseKeySource';
import { PASSPHRASE, passphraseBackend } from '../../support/passphraseBackend';
import { tempDir } from '../../support/tempDir';

const NEW_PASSPHRASE = 'a different long passphrase';

/** What an attacker holding an old key could still open of the workspace as it is now. */
function opensWith(dataDir: string, key: Buffer): string[] {
  const opened: string[] = [];
  try {
    openDatabase({ file: join(dataDir, 'workspace.db'), keyProvider: staticKeyProvider(key), readonly: true }).close();
    opened.push('workspace.db');
  } catch {
    // refused, as it should be
  }
  for (const file of readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('.db')))
    if (isGoodBackup(join(dataDir, 'backups', file), key)) opened.push(`backups/${file}`);
  const recordKey = deriveRecordKey(key);
  for (const entry of readdirSync(join(dataDir, 'records'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/^[0-9a-f]{64}$/.test(entry.name)) continue;
    try {
      decryptRecord(readFileSync(join(entry.parentPath, entry.name)), [recordKey]);
      opened.push(`records/${entry.name}`);
    } catch {
      // refused
    }
  }
  return opened;
}

describe('turning on or changing a passphrase replaces the key', () => {
  const dirs: { remove(): void }[] = [];
  const backends: Backend[] = [];
  afterEach(() => {
    backends.splice(0).forEach((b) => b.close());
    dirs.splice(0).forEach((d) => d.remove());
  });

  it('leaves a copy of the old key file unable to open the database, any record file or any backup', async () => {
    const dir = tempDir('imr-keyfile-to-passphrase-');
    dirs.push(dir);
    const open = () =>
      createBackend({
        dataDir: dir.path,
        keySource: chooseKeySource(dir.path, silentLogger),
        log: silentLogger,
        transport: 'in-process',
      });
    const first = await createBackend({
      dataDir: dir.path,
      keyProvider: fileKeyProvider(dir.path, silentLogger),
      log: silentLogger,
      transport: 'in-process',
    });
    backends.push(first);
    const cases = (await first.invoke('cases.list', {})).length;
    await first.invoke('backup.create', {});
    const stolen = readKeyFile(join(dir.path, 'workspace.key'));
    expect(opensWith(dir.path, stolen).length).toBeGreaterThan(2);

    await first.invoke('session.changePassphrase', { current: '', next: NEW_PASSPHRASE });
    expect(existsSync(join(dir.path, 'workspace.key'))).toBe(false);
    expect(opensWith(dir.path, stolen)).toEqual([]);
    expect((await first.invoke('audit.verify', {})).ok).toBe(true);
    first.close();

    const again = await open();
    backends.push(again);
    expect((await again.invoke('session.status', {})).state).toBe('locked');
    await again.invoke('session.unlock', { passphrase: NEW_PASSPHRASE });
    expect((await again.invoke('cases.list', {})).length).toBe(cases);
  }, 120_000);

  it('on request after a suspected leak, leaves the old wrapped key and old passphrase unable to open anything', async () => {
    const dir = tempDir('imr-passphrase-rekey-');
    const loot = tempDir('imr-stolen-');
    dirs.push(dir, loot);
    const b = await passphraseBackend(dir.path);
    backends.push(b.backend);
    await b.call('session.setup', { passphrase: PASSPHRASE });
    await b.call('records.beginUpload', { name: 'n.txt', size: 5 });
    await b.call('backup.create', {});
    // The attacker's copy of the folder, and the passphrase they saw typed.
    mkdirSync(join(loot.path, 'copy'));
    cpSync(join(dir.path, 'workspace.key.wrapped'), join(loot.path, 'copy', 'workspace.key.wrapped'));
    const stolen = (await openWithPassphrase(join(loot.path, 'copy'), PASSPHRASE)).getKey();
    expect(opensWith(dir.path, stolen)).toContain('workspace.db');

    await b.call('session.changePassphrase', { current: PASSPHRASE, next: NEW_PASSPHRASE, rekey: true });
    expect(opensWith(dir.path, stolen)).toEqual([]);
    await b.call('session.lock', {});
    await expect(b.call('session.unlock', { passphrase: PASSPHRASE })).rejects.toMatchObject({
      code: 'DB_KEY_INVALID',
    });
    expect((await b.call('session.unlock', { passphrase: NEW_PASSPHRASE })).state).toBe('unlocked');
  });
});
