import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import type { FastifyInstance } from 'fastify';
import {
  createPostgresLeadership,
  runBackgroundWork,
  soleLeadership,
  startBackgroundWorker,
  type BackgroundSettings,
  type BackgroundWorker,
} from './background';
import { createServer, type CreateServerOptions } from './createServer';
import { openServerDatabase, type DatabaseConfig, type ServerDb } from './db';
import { ensureOwnerOnly, sqliteFiles, type OwnerOnlyTarget } from './files';
import { createRecordStorage, type BlobStorage, type StorageConfig } from './storage';

export interface BackgroundOptions extends BackgroundSettings {
  intervalMs: number;
}

export const DEFAULT_BACKGROUND: BackgroundOptions = { intervalMs: 60_000, feedRetentionDays: 90 };
export const DEFAULT_SHUTDOWN_GRACE_MS = 30_000;

export interface StartServerOptions extends Omit<CreateServerOptions, 'storage' | 'health'> {
  database: DatabaseConfig;
  storage: StorageConfig;
  host?: string;
  /** 0 picks a free port; a restart keeps whichever port was picked. */
  port?: number;
  /** null: no background work from this process. */
  background?: BackgroundOptions | null;
  /** How long a graceful shutdown lets in-flight requests (uploads) finish before cutting them. */
  shutdownGraceMs?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly db: ServerDb;
  readonly storage: BlobStorage;
  readonly app: FastifyInstance;
  readonly running: boolean;
  /** Changes at every start; in logs and health answers. */
  readonly instanceId: string;
  readonly background: BackgroundWorker | null;
  /** Files whose permissions the last start had to repair (owner-only). */
  readonly repairedPermissions: readonly string[];
  /** Cuts every connection and closes the database, as a crash would (start() brings it back on the same port). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** stop() then start(). */
  restart(): Promise<void>;
  /**
   * Graceful: readiness turns 503, no new connections are taken, requests in flight (an upload half-way) finish
   * within the grace time, then the lead on background work is given up and the database closed.
   */
  shutdown(graceMs?: number): Promise<void>;
  /** Same as stop(). */
  close(): Promise<void>;
}

function ownedFiles(options: StartServerOptions): OwnerOnlyTarget[] {
  const targets: OwnerOnlyTarget[] = [{ path: options.storage.dir, recursive: true }];
  if (options.database.engine === 'sqlite' && options.database.file !== ':memory:') {
    targets.push({ path: dirname(options.database.file), recursive: false }, ...sqliteFiles(options.database.file));
  }
  return targets;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  let port = options.port ?? 0;
  let db: ServerDb;
  let storage: BlobStorage;
  let app: FastifyInstance;
  let worker: BackgroundWorker | null = null;
  let instanceId = '';
  let repaired: string[] = [];
  let open = false;
  let closing = false;

  const boot = async (): Promise<void> => {
    instanceId = randomUUID().slice(0, 8);
    closing = false;
    repaired = ensureOwnerOnly(ownedFiles(options));
    let log: FastifyInstance['log'] | null = null;
    db = await openServerDatabase(options.database, {
      onConnectionError: (error) => log?.warn({ err: error }, 'a database connection failed; it will be replaced'),
    });
    storage = createRecordStorage(options.storage, db);
    const leadership =
      options.database.engine === 'postgres'
        ? createPostgresLeadership(options.database.url, (error) =>
            log?.warn({ err: error }, 'the background-work lock connection failed'),
          )
        : soleLeadership(db);
    app = createServer(db, {
      ...options,
      storage,
      health: { instanceId, isLeader: () => worker?.isLeader() ?? false, isClosing: () => closing },
    });
    log = app.log.child({ instance: instanceId });
    try {
      await app.listen({ host, port });
    } catch (error) {
      await db.close();
      throw error;
    }
    const address = app.server.address();
    if (address && typeof address === 'object') port = address.port;
    if (repaired.length) {
      log.warn({ repaired: repaired.length, paths: repaired.slice(0, 10) }, 'repaired file permissions to owner-only');
    }
    const background = options.background === undefined ? DEFAULT_BACKGROUND : options.background;
    worker = background
      ? startBackgroundWorker(
          leadership,
          background.intervalMs,
          (leaderDb) => runBackgroundWork(leaderDb, (options.now ?? (() => new Date()))(), background),
          log,
        )
      : null;
    open = true;
  };

  const stopAbruptly = async (): Promise<void> => {
    if (!open) return;
    open = false;
    closing = true;
    app.server.closeAllConnections();
    await app.close();
    await worker?.stop();
    await db.close();
  };

  const shutdown = async (graceMs = options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS): Promise<void> => {
    if (!open) return;
    open = false;
    closing = true;
    const cut = setTimeout(() => app.server.closeAllConnections(), graceMs);
    try {
      await app.close();
    } finally {
      clearTimeout(cut);
    }
    await worker?.stop();
    await db.close();
  };

  await boot();
  return {
    get url() {
      return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    },
    get port() {
      return port;
    },
    get db() {
      return db;
    },
    get storage() {
      return storage;
    },
    get app() {
      return app;
    },
    get running() {
      return open;
    },
    get instanceId() {
      return instanceId;
    },
    get background() {
      return worker;
    },
    get repairedPermissions() {
      return repaired;
    },
    stop: stopAbruptly,
    start: async () => {
      if (!open) await boot();
    },
    restart: async () => {
      await stopAbruptly();
      await boot();
    },
    shutdown,
    close: stopAbruptly,
  };
}
