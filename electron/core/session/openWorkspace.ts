import { AppError } from '../../../shared/ipc';
import { hasCases, latestSchemaVersion, migrate, schemaVersion, type Db, type KeyProvider } from '../db';
import {
  backupDirOf,
  databaseFileOf,
  readWorkspaceKind,
  recordsDirOf,
  signedDirOf,
  systemClock,
  type Clock,
  type Workspace,
} from '../workspace';

import { assertDatabaseHealthy, backupBeforeMigration } from '../backup';

import type { Logger } from '../log';
import { createContentStore, recordKeysFor, reencryptRecordFiles } from '../recordStore';

import { reencryptWorkspacePackages } from '../packages';
import { openKeyedDatabase } from '../keys';

import { seedDemoWorkspace } from '../demo';
import { removeClearPartialDownloads } from '../sync';

export interface OpenWorkspaceOptions {
  dataDir: string;
  keyProvider: KeyProvider;
  log: Logger;
  clock?: Clock;
  /** Create the demo workspace when no sync server is configured and there are no cases yet. */
  seedDemo?: boolean;
  /** quick_check before opening (see SessionMaintenance for when it runs beside the open workspace instead). */
  checkIntegrity?: boolean;
  /** Read while another process holds the workspace: nothing is migrated, re-encrypted, seeded or written. */
  readOnly?: boolean;
}

export async function openWorkspace({
  dataDir,
  keyProvider,
  log,
  clock = systemClock,
  seedDemo = true,
  checkIntegrity = true,
  readOnly = false,
}: OpenWorkspaceOptions): Promise<Workspace> {
  const db = openKeyedDatabase(databaseFileOf(dataDir), keyProvider, readOnly);
  const recordKeys = recordKeysFor(keyProvider);
  try {
    if (checkIntegrity) assertDatabaseHealthy(db);
    if (readOnly) assertCurrentSchema(db);
    else {
      migrate(db, { log, beforeMigrating: backupBeforeMigration(backupDirOf(dataDir)) });
      reencryptRecordFiles(recordsDirOf(dataDir), recordKeys, recordKeys[0], log);
      reencryptWorkspacePackages(signedDirOf(dataDir), recordKeys, log);
      const clear = removeClearPartialDownloads(dataDir);
      if (clear > 0) log.warn('Deleted interrupted downloads an older version kept in clear', { count: clear });
    }
  } catch (error) {
    db.close();
    throw error;
  }
  const kind = readWorkspaceKind(db);
  const ws: Workspace = {
    db,
    dataDir,
    store: createContentStore(recordsDirOf(dataDir), recordKeys),
    recordKeys,
    log,
    clock,
    kind,
    close: () => {
      if (db.open) db.close();
    },
  };
  if (seedDemo && !readOnly && kind === 'demo' && !hasCases(db)) await seedDemoWorkspace(ws);
  return ws;
}

function assertCurrentSchema(db: Db): void {
  if (schemaVersion(db) !== latestSchemaVersion())
    throw new AppError(
      'WORKSPACE_IN_USE',
      'This workspace needs an upgrade, which only the program that holds it may run. Close that program, then try again.',
    );
}
