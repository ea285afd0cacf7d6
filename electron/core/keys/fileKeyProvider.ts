import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/ipc';
import type { Logger } from '../log';
import { syncDirectory, writeFileAtomic } from '../files';
import type { KeyProvider } from '../db';

export const KEY_FILE_NAME = 'workspace.key';

/** Demo and development fallback: a random key in a file only the user can read (see SECURITY.md). */
export function fileKeyProvider(dataDir: string, log: Logger): KeyProvider {
  const file = join(dataDir, KEY_FILE_NAME);
  const next = `${file}.next`;
  return {
    kind: 'keyFile',
    getKey() {
      if (!existsSync(file)) {
        mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
        writeFileSync(file, randomBytes(32).toString('hex'), {
          mode: 0o600,
          flag: 'wx',
        });
        log.warn('No OS keychain: the database key is stored in a file readable only by this user', { file });
      }
      return readKeyFile(file);
    },
    rotation: {
      pendingKey: () => (existsSync(next) ? readKeyFile(next) : null),
      stage: (key) => writeFileAtomic(next, key.toString('hex')),
      commit() {
        renameSync(next, file);
        syncDirectory(dataDir);
      },
    },
  };
}

export function readKeyFile(file: string): Buffer {
  chmodSync(file, 0o600);
  const hex = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new AppError(
      'DB_KEY_INVALID',
      `The key file ${file} is damaged. Restore it from your backup; without it the workspace cannot be opened.`,
    );
  }
  return Buffer.from(hex, 'hex');
}
