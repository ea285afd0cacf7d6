import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { getMeta } from '../../../server/repositories/metaRepository';
import { serverDbAtVersion, type ServerDbAtVersion } from './support/serverDbAtVersion';

describe('server migration 0001-initial (PostgreSQL)', () => {
  let at: ServerDbAtVersion;
  afterEach(() => at.dispose());

  it('creates the twin of the SQLite schema (bytea, bigint) with a feed epoch, and records version 1', async () => {
    at = await serverDbAtVersion('postgres', 1);
    const columns = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns
      where table_schema = 'public' and table_name in ('packages', 'records', 'changes')
    `.execute(at.raw);
    const typeOf = (table: string, column: string) =>
      columns.rows.find((c) => c.table_name === table && c.column_name === column)?.data_type;
    expect(typeOf('packages', 'letter_pdf')).toBe('bytea');
    expect(typeOf('records', 'size_bytes')).toBe('bigint');
    expect(typeOf('changes', 'seq')).toBe('bigint');
    expect(await getMeta(at.db.query, 'feed_epoch')).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect((await sql<{ version: number }>`select version from server_schema_version`.execute(at.raw)).rows).toEqual([
      { version: 1 },
    ]);
  });
});
