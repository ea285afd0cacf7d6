import { startThrowawayPostgres, type ThrowawayPostgres } from './startThrowawayPostgres';

/** Set by the postgres test project's global setup: the maintenance URL of the cluster every test file shares. */
export const SHARED_POSTGRES_ENV = 'IMR_TEST_POSTGRES_URL';

let own: Promise<ThrowawayPostgres> | null = null;

/**
 * A new empty database for one test server. Inside `vitest --project postgres` it is made in the cluster the global
 * setup started; anywhere else (a single file run by hand, a benchmark) this process starts its own cluster once.
 */
export async function createSharedTestDatabase(prefix = 'imr_test'): Promise<{ url: string; drop(): Promise<void> }> {
  const shared = process.env[SHARED_POSTGRES_ENV];
  if (shared) {
    const { default: pg } = await import('pg');
    const name = `${prefix}_${Math.random().toString(16).slice(2, 12)}`;
    const run = async (statement: string) => {
      const client = new pg.Client({ connectionString: shared });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    };
    await run(`create database "${name}"`);
    const url = new URL(shared);
    url.pathname = `/${name}`;
    return { url: url.toString(), drop: () => run(`drop database if exists "${name}" with (force)`) };
  }
  own ??= startThrowawayPostgres();
  return (await own).createDatabase(prefix);
}
