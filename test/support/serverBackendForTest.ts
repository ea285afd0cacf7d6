import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig, ServerEngine } from '../../server/db/index';
import type { StorageConfig } from '../../server/storage/index';
import { createSharedTestDatabase } from './postgres/sharedTestPostgres';

/** Which engine the server tests run on: SQLite in the unit project, PostgreSQL in the postgres project. */
export const TEST_ENGINE: ServerEngine = process.env.IMR_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

export interface ServerBackendForTest {
  database: DatabaseConfig;
  storage: StorageConfig;
  /** A temp folder for the test (the filesystem driver's records live under it). */
  dir: string;
  dispose(): Promise<void>;
}

/**
 * A fresh database and record storage for one test server: an SQLite file with the filesystem driver, or a new
 * PostgreSQL database with the database (PostgreSQL) driver, so the suite covers both drivers too.
 */
export async function createServerBackendForTest(engine: ServerEngine = TEST_ENGINE): Promise<ServerBackendForTest> {
  const dir = mkdtempSync(join(tmpdir(), 'imr-sync-server-'));
  if (engine === 'sqlite') {
    return {
      database: { engine: 'sqlite', file: join(dir, 'server.db') },
      storage: { primary: 'fs', fallbacks: [], dir: join(dir, 'records') },
      dir,
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const database = await createSharedTestDatabase();
  return {
    database: { engine: 'postgres', url: database.url, poolSize: 5 },
    storage: { primary: 'database', fallbacks: [], dir: join(dir, 'records') },
    dir,
    dispose: async () => {
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
