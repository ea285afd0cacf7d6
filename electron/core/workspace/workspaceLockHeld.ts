import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LOCK_FILE_NAME } from './workspacePaths';

/**
 * Whether another process (or another back end in this one) holds the folder's lock now, found without taking it or
 * writing anything: a read of the lock file needs the shared lock that its holder's exclusive one refuses.
 */
export function workspaceLockHeld(dataDir: string): boolean {
  const file = join(dataDir, LOCK_FILE_NAME);
  if (!existsSync(file)) return false;
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
  try {
    db.pragma('schema_version');
    return false;
  } catch {
    return true;
  } finally {
    db.close();
  }
}
