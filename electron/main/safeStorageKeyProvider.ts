import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import { KEY_FILE_NAME, readKeyFile } from '../core/keys';
import type { KeyProvider } from '../core/db';
import { destroyFile, syncDirectory, writeFileAtomic } from '../core/files';

export const SEALED_KEY_FILE_NAME = 'workspace.key.sealed';

/** The database key, random, wrapped by the OS keychain through Electron's safeStorage. */
export function safeStorageKeyProvider(
  safeStorage: Pick<SafeStorage, 'encryptString' | 'decryptString'>,
  dataDir: string,
): KeyProvider {
  const file = join(dataDir, SEALED_KEY_FILE_NAME);
  const staged = `${file}.next`;
  const seal = (key: Buffer) => safeStorage.encryptString(key.toString('hex'));
  const unseal = (path: string) => Buffer.from(safeStorage.decryptString(readFileSync(path)), 'hex');
  return {
    kind: 'safeStorage',
    getKey() {
      if (!existsSync(file)) {
        mkdirSync(dataDir, { recursive: true, mode: 0o700 });
        const legacy = join(dataDir, KEY_FILE_NAME);
        // A workspace created while no keychain was available: its key is sealed by the keychain for now and a new one
        // is staged, so opening it re-encrypts everything and a copy of the old key file opens nothing.
        const adopted = existsSync(legacy);
        const key = adopted ? readKeyFile(legacy) : randomBytes(32);
        writeFileSync(file, seal(key), { mode: 0o600, flag: 'wx' });
        if (adopted) {
          writeFileAtomic(staged, seal(randomBytes(32)));
          destroyFile(legacy);
        }
      }
      return unseal(file);
    },
    rotation: {
      pendingKey: () => (existsSync(staged) ? unseal(staged) : null),
      stage: (next) => writeFileAtomic(staged, seal(next)),
      commit() {
        if (!existsSync(staged)) return;
        renameSync(staged, file);
        syncDirectory(dataDir);
      },
    },
  };
}
