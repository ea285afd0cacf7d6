import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import type { KeyProvider } from '../core/db/keyProvider';

/** The database key, random, wrapped by the OS keychain through Electron's safeStorage. */
export function safeStorageKeyProvider(safeStorage: SafeStorage, dataDir: string): KeyProvider {
  const file = join(dataDir, 'workspace.key.sealed');
  return {
    kind: 'safeStorage',
    getKey() {
      if (!existsSync(file)) {
        mkdirSync(dataDir, { recursive: true });
        const sealed = safeStorage.encryptString(randomBytes(32).toString('hex'));
        writeFileSync(file, sealed, { mode: 0o600, flag: 'wx' });
      }
      return Buffer.from(safeStorage.decryptString(readFileSync(file)), 'hex');
    },
  };
}
