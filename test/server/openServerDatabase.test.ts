import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServerDatabase } from '../../server/db/openServerDatabase';
import { getMeta } from '../../server/repositories/metaRepository';
import { createServerBackendForTest, TEST_ENGINE, type ServerBackendForTest } from '../support/serverBackendForTest';

describe(`openServerDatabase (${TEST_ENGINE})`, () => {
  let backend: ServerBackendForTest;
  beforeEach(async () => {
    backend = await createServerBackendForTest();
  });
  afterEach(() => backend.dispose());

  it('creates the schema and a feed epoch when the database is new, and keeps the epoch when reopened', async () => {
    const db = await openServerDatabase(backend.database);
    const epoch = await getMeta(db.query, 'feed_epoch');
    await db.close();
    const again = await openServerDatabase(backend.database);
    expect(await getMeta(again.query, 'feed_epoch')).toBe(epoch);
    expect(await getMeta(again.query, 'feed_seq')).toBe('0');
    await again.close();
  });

  // One SQLite file has one server process; several instances are what PostgreSQL is for.
  it.runIf(TEST_ENGINE === 'postgres')(
    'migrates once when two instances open a new database at the same moment',
    async () => {
      const [a, b] = await Promise.all([openServerDatabase(backend.database), openServerDatabase(backend.database)]);
      expect(await getMeta(a.query, 'feed_epoch')).toBe(await getMeta(b.query, 'feed_epoch'));
      await Promise.all([a.close(), b.close()]);
    },
  );

  it('refuses a database written by a newer server and changes nothing', async () => {
    const db = await openServerDatabase(backend.database);
    if (db.engine === 'sqlite') await sql`pragma user_version = 99`.execute(db.query);
    else await sql`update server_schema_version set version = 99`.execute(db.query);
    await db.close();
    await expect(openServerDatabase(backend.database)).rejects.toThrow(/schema 99/);
  });

  it.runIf(TEST_ENGINE === 'sqlite')('opens an encrypted SQLite file only with its key', async () => {
    const file = `${backend.dir}/secret.db`;
    const key = randomBytes(32);
    await (await openServerDatabase({ engine: 'sqlite', file, key })).close();
    await expect(openServerDatabase({ engine: 'sqlite', file })).rejects.toThrow(/IMR_SERVER_DB_KEY/);
    await expect(openServerDatabase({ engine: 'sqlite', file, key: randomBytes(32) })).rejects.toThrow(
      /could not be opened/,
    );
    await (await openServerDatabase({ engine: 'sqlite', file, key })).close();
  });
});
