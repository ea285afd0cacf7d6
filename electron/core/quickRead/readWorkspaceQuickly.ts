import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hasCases, latestSchemaVersion, openDatabase, schemaVersion, type Db } from '../db';
import { fileKeyProvider, hasWrappedKey, KEY_FILE_NAME } from '../keys';
import type { Logger } from '../log';
import { databaseFileOf, workspaceLockHeld } from '../workspace';

/**
 * Reads a workspace without starting the back end, for a command that only reads (the command line's `list`): the
 * database is opened read-only and nothing is written, migrated or audited, as when another program reads a workspace
 * that one holds. Null when only the back end can open it as asked: no workspace or no case yet (the demo is created
 * there), a passphrase, a key change or an upgrade pending, another program holding it, or an open or read that
 * fails. The caller then goes through the back end, which does the work or says what went wrong.
 */
export function readWorkspaceQuickly<T>(dataDir: string, log: Logger, read: (db: Db) => T): T | null {
  if (!existsSync(databaseFileOf(dataDir)) || !existsSync(join(dataDir, KEY_FILE_NAME))) return null;
  if (hasWrappedKey(dataDir)) return null;
  let db: Db | null = null;
  try {
    const keys = fileKeyProvider(dataDir, log);
    if (keys.rotation?.pendingKey() || workspaceLockHeld(dataDir)) return null;
    db = openDatabase({ file: databaseFileOf(dataDir), keyProvider: keys, readonly: true });
    if (schemaVersion(db) !== latestSchemaVersion() || !hasCases(db)) return null;
    return read(db);
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
