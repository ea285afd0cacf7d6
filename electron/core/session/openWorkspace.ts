import { countCases } from '../db/repositories/caseRepository';
import { readWorkspaceKind } from '../workspace/readWorkspaceKind';
import type { KeyProvider } from '../db/keyProvider';
import { assertDatabaseHealthy } from '../backup/assertDatabaseHealthy';
import { migrate } from '../db/migrate';
import { backupBeforeMigration } from '../backup/backupBeforeMigration';
import { backupDirOf, databaseFileOf, recordsDirOf, signedDirOf } from '../workspace/workspacePaths';
import type { Logger } from '../log/logger';
import { createContentStore } from '../recordStore/contentStore';
import { recordKeysFor } from '../recordStore/recordKey';
import { reencryptRecordFiles } from '../recordStore/reencryptRecordFiles';
import { reencryptWorkspacePackages } from '../packages/reencryptWorkspacePackages';
import { openKeyedDatabase } from '../keys/openKeyedDatabase';
import { systemClock, type Clock } from '../workspace/clock';
import { seedDemoWorkspace } from '../demo/seedDemoWorkspace';
import type { Workspace } from '../workspace/workspace';

export interface OpenWorkspaceOptions {
  dataDir: string;
  keyProvider: KeyProvider;
  log: Logger;
  clock?: Clock;
  /** Create the demo workspace when no sync server is configured and there are no cases yet. */
  seedDemo?: boolean;
}

export async function openWorkspace({ dataDir, keyProvider, log, clock = systemClock, seedDemo = true }: OpenWorkspaceOptions): Promise<Workspace> {
  const db = openKeyedDatabase(databaseFileOf(dataDir), keyProvider);
  const recordKeys = recordKeysFor(keyProvider);
  try {
    assertDatabaseHealthy(db);
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
  if (seedDemo && kind === 'demo' && countCases(db) === 0) await seedDemoWorkspace(ws);
  return ws;
}
