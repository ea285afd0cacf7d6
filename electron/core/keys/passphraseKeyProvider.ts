import { existsSync, renameSync } from 'node:fs';
import type { KeyProvider } from '../db';
import { unwrapKey, wrapKey, type Kek } from './passphraseWrap';
import { readWrappedKey, writeWrappedKey } from './wrappedKeyFile';
import { stagedWrappedKeyPath, wrappedKeyPath } from './wrappedKeyPath';
import { syncDirectory } from '../files';

/** An unlocked passphrase key: the derived key-encryption key stays in memory only until the session locks. */
export interface PassphraseKeyProvider extends KeyProvider {
  readonly kek: Kek;
  forget(): void;
}

export function passphraseKeyProvider(dataDir: string, kek: Kek): PassphraseKeyProvider {
  const current = wrappedKeyPath(dataDir);
  const staged = stagedWrappedKeyPath(dataDir);
  const unwrapFile = (file: string) => {
    const wrapped = readWrappedKey(file);
    return wrapped ? unwrapKey(wrapped, kek) : null;
  };
  return {
    kind: 'passphrase',
    kek,
    getKey() {
      const key = unwrapFile(current);
      if (!key) throw new Error('The wrapped key file disappeared while the workspace was open');
      return key;
    },
    rotation: {
      pendingKey: () => unwrapFile(staged),
      stage: (next) => writeWrappedKey(staged, wrapKey(next, kek)),
      commit() {
        if (!existsSync(staged)) return;
        renameSync(staged, current);
        syncDirectory(dataDir);
      },
    },
    forget: () => void kek.key.fill(0),
  };
}
