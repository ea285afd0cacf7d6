import type { FastifyInstance } from 'fastify';
import { createServer, type CreateServerOptions } from './createServer';
import { openServerDatabase, type ServerDb } from './db';

import { createRecordStore } from './records';

export interface StartServerOptions extends Omit<CreateServerOptions, 'records'> {
  dbFile: string;
  recordsDir: string;
  dbKey?: Buffer | null;
  host?: string;
  /** 0 picks a free port; a restart keeps whichever port was picked. */
  port?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly db: ServerDb;
  readonly app: FastifyInstance;
  readonly running: boolean;
  /** Closes the server and its database (connections are cut); start() brings both back on the same file and port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** stop() then start(). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const records = createRecordStore(options.recordsDir);
  let port = options.port ?? 0;
  let db: ServerDb;
  let app: FastifyInstance;
  let open = false;

  const boot = async (): Promise<void> => {
    db = openServerDatabase({ file: options.dbFile, key: options.dbKey ?? null });
    app = createServer(db, { ...options, records });
    try {
      await app.listen({ host, port });
    } catch (error) {
      db.close();
      throw error;
    }
    const address = app.server.address();
    if (address && typeof address === 'object') port = address.port;
    open = true;
  };
  const shutdown = async (): Promise<void> => {
    if (!open) return;
    open = false;
    await app.close();
    db.close();
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
    get app() {
      return app;
    },
    get running() {
      return open;
    },
    stop: shutdown,
    start: async () => {
      if (!open) await boot();
    },
    restart: async () => {
      await shutdown();
      await boot();
    },
    close: shutdown,
  };
}
