import { join } from 'node:path';
import { countCases } from '../db/repositories/caseRepository';
import { readWorkspaceKind } from '../workspace/readWorkspaceKind';
import type { KeyProvider } from '../keys/keyProvider';
import { assertDatabaseHealthy } from '../backup/assertDatabaseHealthy';
import { migrate } from '../db/migrate';
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

export const DATABASE_FILE_NAME = 'workspace.db';

export async function openWorkspace({ dataDir, keyProvider, log, clock = systemClock, seedDemo = true }: OpenWorkspaceOptions): Promise<Workspace> {
  const db = openKeyedDatabase(join(dataDir, DATABASE_FILE_NAME), keyProvider);
  const recordKeys = recordKeysFor(keyProvider);
  try {
    assertDatabaseHealthy(db);
    migrate(db, { backupDir: join(dataDir, 'backups'), log });
    reencryptRecordFiles(join(dataDir, 'records'), recordKeys, recordKeys[0], log);
    reencryptWorkspacePackages(join(dataDir, 'signed'), recordKeys, log);
  } catch (error) {
    db.close();
    throw error;
  }
  const kind = readWorkspaceKind(db);
  const ws: Workspace = {
    db,
    dataDir,
    store: createContentStore(join(dataDir, 'records'), recordKeys),
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
