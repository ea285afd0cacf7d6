import pg from 'pg';
import { POSTGRES_CONNECTION, serverDbOnPostgres, type ServerDb } from '../db';
import type { Leadership } from './leadership';

/** The session-level advisory lock that names the one instance doing background work. */
export const BACKGROUND_LOCK = 7_152_024_002;

/**
 * Leadership on PostgreSQL: one dedicated connection per instance tries the advisory lock; the instance whose
 * connection holds it leads. Background work runs on that very connection, so if it dies (the instance crashed, the
 * network broke, PostgreSQL restarted) the lock is gone and so is any chance of the work running twice; every other
 * instance tries the lock again at its next look.
 */
export function createPostgresLeadership(url: string, onError: (error: Error) => void): Leadership {
  let client: pg.Client | null = null;
  let leading = false;
  let db: ServerDb | null = null;

  const drop = (): void => {
    leading = false;
    db = null;
    const old = client;
    client = null;
    old?.end().catch(() => undefined);
  };

  const connect = async (): Promise<pg.Client> => {
    const fresh = new pg.Client({
      ...POSTGRES_CONNECTION,
      application_name: 'imr-sync-server-leader',
      connectionString: url,
    });
    // PostgreSQL ending the session (a restart, a network cut) ends the lead at once, not at the next look.
    fresh.on('error', (error) => {
      onError(error);
      if (client === fresh) drop();
    });
    fresh.on('end', () => {
      if (client === fresh) drop();
    });
    await fresh.connect();
    return fresh;
  };

  return {
    async acquire() {
      try {
        if (client && leading) {
          // Still the same session? If PostgreSQL restarted, this fails and the lock is known to be lost.
          await client.query('select 1');
          return db;
        }
        client ??= await connect();
        const result = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [BACKGROUND_LOCK]);
        leading = result.rows[0]?.ok === true;
        if (leading) {
          const held = client;
          db = serverDbOnPostgres({
            options: {},
            connect: async () => Object.assign(held, { release: () => undefined }),
            end: async () => undefined,
          });
        }
        return leading ? db : null;
      } catch (error) {
        onError(error instanceof Error ? error : new Error(String(error)));
        drop();
        return null;
      }
    },
    isLeader: () => leading,
    async release() {
      if (client && leading)
        await client.query('select pg_advisory_unlock($1)', [BACKGROUND_LOCK]).catch(() => undefined);
      drop();
    },
  };
}
