import { hasCases, migrate, type KeyProvider } from '../db';
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

export interface OpenWorkspaceOptions {
  dataDir: string;
  keyProvider: KeyProvider;
  log: Logger;
  clock?: Clock;
  /** Create the demo workspace when no sync server is configured and there are no cases yet. */
  seedDemo?: boolean;
  /** quick_check before opening (see SessionMaintenance for when it runs beside the open workspace instead). */
  checkIntegrity?: boolean;
}

export async function openWorkspace({
  dataDir,
  keyProvider,
  log,
  clock = systemClock,
  seedDemo = true,
  checkIntegrity = true,
}: OpenWorkspaceOptions): Promise<Workspace> {
  const db = openKeyedDatabase(databaseFileOf(dataDir), keyProvider);
  const recordKeys = recordKeysFor(keyProvider);
  try {
    if (checkIntegrity) assertDatabaseHealthy(db);
    migrate(db, { log, beforeMigrating: backupBeforeMigration(backupDirOf(dataDir)) });
    reencryptRecordFiles(recordsDirOf(dataDir), recordKeys, recordKeys[0], log);
    reencryptWorkspacePackages(signedDirOf(dataDir), recordKeys, log);
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
  if (seedDemo && kind === 'demo' && !hasCases(db)) await seedDemoWorkspace(ws);
  return ws;
}
