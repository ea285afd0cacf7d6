import { isAppError } from '../../../shared/ipc';
import { openDatabase, staticKeyProvider, type Db, type KeyProvider } from '../db';

/** Opens with the current key, or with the staged key when a rekey was interrupted after the database switched. */
export function openKeyedDatabase(file: string, keyProvider: KeyProvider, readonly = false): Db {
  try {
    return openDatabase({ file, keyProvider, readonly });
  } catch (error) {
    const pending =
      isAppError(error) && error.code === 'DB_KEY_INVALID' ? (keyProvider.rotation?.pendingKey() ?? null) : null;
    if (!pending) throw error;
    return openDatabase({ file, keyProvider: staticKeyProvider(pending), readonly });
  }
}
