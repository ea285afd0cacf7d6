import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServerDatabase, type ServerDb } from '../../../../server/db/index';
import { createRoundRobinProxy, type RoundRobinProxy } from '../../../../server/faults/createRoundRobinProxy';
import { startServer, type BackgroundOptions, type RunningServer } from '../../../../server/startServer';
import { createRecordStorage, type BlobStorage, type StorageConfig } from '../../../../server/storage/index';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../../support/postgres/startThrowawayPostgres';
import { syncServerAdmin, type SyncServerAdmin } from './syncServerForTest';

export interface SyncClusterForTest extends SyncServerAdmin {
  /** The round-robin balancer in front of the instances: what clients connect to. */
  url: string;
  instances: RunningServer[];
  proxy: RoundRobinProxy;
  postgres: ThrowawayPostgres;
  restartInstance(index: number): Promise<void>;
  /** Restarts PostgreSQL itself (every connection of every instance is cut). */
  restartPostgres(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Several server instances on one PostgreSQL database behind a round-robin balancer, as an organisation runs them.
 * The cluster is this test's own (not the shared one), so restarting PostgreSQL disturbs no other test file.
 */
export async function startSyncClusterForTest(
  options: { instances?: number; background?: BackgroundOptions | null } = {},
): Promise<SyncClusterForTest> {
  const postgres = await startThrowawayPostgres();
  const database = await postgres.createDatabase('imr_cluster');
  const dir = mkdtempSync(join(tmpdir(), 'imr-sync-cluster-'));
  const storageConfig: StorageConfig = { primary: 'database', fallbacks: [], dir: join(dir, 'records') };
  const config = { engine: 'postgres' as const, url: database.url, poolSize: 5 };
  const instances = await Promise.all(
    Array.from({ length: options.instances ?? 2 }, () =>
      startServer({ database: config, storage: storageConfig, background: options.background }),
    ),
  );
  const adminDb: ServerDb = await openServerDatabase(config);
  const adminStorage: BlobStorage = createRecordStorage(storageConfig, adminDb);
  const admin = await syncServerAdmin(
    () => adminDb,
    () => adminStorage,
  );
  const proxy = await createRoundRobinProxy(instances.map((instance) => instance.url));
  return {
    ...admin,
    url: proxy.url,
    instances,
    proxy,
    postgres,
    async restartInstance(index) {
      await instances[index]?.restart();
    },
    restartPostgres: () => postgres.restart(),
    async stop() {
      await proxy.close();
      for (const instance of instances) await instance.close();
      await adminDb.close();
      await postgres.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
