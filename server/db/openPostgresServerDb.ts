import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kysely, PostgresDialect, sql, type PostgresPool } from 'kysely';
import pg from 'pg';
import { isTransactionConflict } from './isTransactionConflict';
import type { ServerDb } from './serverDb';
import type { ServerSchema } from './serverSchema';

const INT8_OID = 20;
const MAX_ATTEMPTS = 12;

/** bigint columns (sizes, sequences) as numbers: every value the server stores stays far below 2^53. */
export const POSTGRES_TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? (text: string) => Number(text)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Connection settings every server connection uses: a name in pg_stat_activity, and no statement waits forever. */
export const POSTGRES_CONNECTION = {
  application_name: 'imr-sync-server',
  options: '-c statement_timeout=60000 -c idle_in_transaction_session_timeout=60000',
  keepAlive: true,
  types: POSTGRES_TYPES,
};

export interface PostgresPoolOptions {
  poolSize?: number;
  /** A connection failed (the database restarted); the pool drops it and connects afresh on the next query. */
  onConnectionError?: (error: Error) => void;
}

/** A pool of connections to PostgreSQL; nothing connects until the first query. */
export function createPostgresPool(url: string, options: PostgresPoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    ...POSTGRES_CONNECTION,
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
  });
  pool.on('error', (error) => options.onConnectionError?.(error));
  // The pool listens for errors only on idle connections; one that dies while checked out (between two statements
  // of a transaction) would otherwise throw from an EventEmitter. Its next query fails and the pool discards it.
  pool.on('connect', (client) => {
    client.on('error', (error) => options.onConnectionError?.(error));
    prepareParameterisedQueries(client);
  });
  return pool;
}

/**
 * Every statement with parameters runs as a named prepared statement (named by its text), so each connection parses
 * and plans it once instead of at every request; the server sends a few dozen distinct statements. Statements
 * without parameters (BEGIN, COMMIT, migrations) run as they are.
 */
function prepareParameterisedQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0 || args.length !== 2) {
      return query(...args);
    }
    const name = `imr_${createHash('sha1').update(text).digest('base64url')}`;
    return query({ name, text, values });
  };
}

export function openPostgresServerDb(url: string, options: PostgresPoolOptions = {}): ServerDb {
  return serverDbOnPostgres(createPostgresPool(url, options));
}

/** The ServerDb contract on any PostgreSQL pool (the server's pool, or the background worker's one connection). */
export function serverDbOnPostgres(pool: PostgresPool): ServerDb {
  const query = new Kysely<ServerSchema>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    engine: 'postgres',
    query,
    async write(work, options = {}) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await query
            .transaction()
            .setIsolationLevel(options.isolation ?? 'serializable')
            .execute(work);
        } catch (error) {
          if (attempt >= MAX_ATTEMPTS || !isTransactionConflict(error)) throw error;
          await sleep(Math.random() * Math.min(200, 2 ** attempt));
        }
      }
    },
    async ping(timeoutMs) {
      const answer = sql`select 1`.execute(query).then(() => 'ok' as const);
      const timeout = sleep(timeoutMs, 'timeout' as const, { ref: false });
      if ((await Promise.race([answer, timeout])) === 'timeout') {
        answer.catch(() => undefined);
        throw new Error(`The database did not answer within ${timeoutMs} ms.`);
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await query.destroy();
    },
  };
}
