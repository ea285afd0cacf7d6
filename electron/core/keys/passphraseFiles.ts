import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/ipc';
import { KEY_FILE_NAME, readKeyFile } from './fileKeyProvider';
import { databaseFileOf } from '../workspace';
import { destroyFile } from '../files';
import { passphraseKeyProvider, type PassphraseKeyProvider } from './passphraseKeyProvider';
import { deriveKek, kekFor, unwrapKey, wrapKey, type ScryptParams } from './passphraseWrap';
import { readWrappedKey, writeWrappedKey } from './wrappedKeyFile';
import { stagedWrappedKeyPath, wrappedKeyPath } from './wrappedKeyPath';

/** Derives the key-encryption key and proves the passphrase by unwrapping; a wrong one throws DB_KEY_INVALID. */
export async function openWithPassphrase(dataDir: string, passphrase: string): Promise<PassphraseKeyProvider> {
  const wrapped = readWrappedKey(wrappedKeyPath(dataDir));
  if (!wrapped) throw new AppError('NOT_FOUND', 'This workspace has no passphrase yet; choose one first.');
  const kek = await kekFor(passphrase, wrapped);
  unwrapKey(wrapped, kek).fill(0);
  return passphraseKeyProvider(dataDir, kek);
}

/**
 * First passphrase: wraps the key of an existing key file (which is then removed by the caller once the
 * workspace opened) or a fresh random key. A database without any key is refused: there is no back door.
 */
export async function createPassphrase(
  dataDir: string,
  passphrase: string,
  params: ScryptParams,
): Promise<{ provider: PassphraseKeyProvider; adoptedKeyFile: boolean }> {
  const keyFile = join(dataDir, KEY_FILE_NAME);
  const adopted = existsSync(keyFile) ? readKeyFile(keyFile) : null;
  if (!adopted && existsSync(databaseFileOf(dataDir))) {
    throw new AppError(
      'DB_KEY_INVALID',
      `A workspace database exists in ${dataDir} but its key is missing. Without that key the data cannot be read, by anyone: there is no back door. Put the key file back, restore it, or move the folder away to start a new workspace.`,
    );
  }
  const kek = await deriveKek(passphrase, params);
  writeWrappedKey(wrappedKeyPath(dataDir), wrapKey(adopted ?? randomBytes(32), kek));
  return { provider: passphraseKeyProvider(dataDir, kek), adoptedKeyFile: adopted !== null };
}

/** Re-wraps the same data key under a new passphrase (new salt); the database and record files are untouched. */
export async function rewrapKey(
  dataDir: string,
  dataKey: Buffer,
  next: string,
  params: ScryptParams,
): Promise<PassphraseKeyProvider> {
  if (existsSync(stagedWrappedKeyPath(dataDir))) {
    throw new AppError(
      'CONFLICT',
      'A key replacement is still unfinished. Lock and unlock the workstation to finish it, then change the passphrase.',
    );
  }
  const kek = await deriveKek(next, params);
  writeWrappedKey(wrappedKeyPath(dataDir), wrapKey(dataKey, kek));
  return passphraseKeyProvider(dataDir, kek);
}

/** The key file goes for good: overwritten, flushed and deleted (a key replacement has made the key it held useless). */
export function removeKeyFile(dataDir: string): void {
  destroyFile(join(dataDir, KEY_FILE_NAME));
  destroyFile(join(dataDir, `${KEY_FILE_NAME}.next`));
}
