import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { getMeta } from '../../../server/repositories/metaRepository';
import { serverDbAtVersion, type ServerDbAtVersion } from './support/serverDbAtVersion';

describe('server migration 0001-initial (SQLite)', () => {
  let at: ServerDbAtVersion;
  afterEach(() => at.dispose());

  it('creates the first schema with a random feed epoch and floor 0, and user_version 1', async () => {
    at = await serverDbAtVersion('sqlite', 1);
    const tables = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' order by name`.execute(at.raw);
    expect(tables.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'meta',
        'reviewers',
        'tokens',
        'certificates',
        'records',
        'cases',
        'case_records',
        'changes',
        'packages',
        'idempotency_keys',
      ]),
    );
    expect(await getMeta(at.db.query, 'feed_epoch')).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(await getMeta(at.db.query, 'feed_floor')).toBe('0');
    expect((await sql<{ user_version: number }>`pragma user_version`.execute(at.raw)).rows[0]?.user_version).toBe(1);
  });
});
