import { sql, type Kysely } from 'kysely';
import { migrateServerDatabase } from '../../../../server/db/migrateServerDatabase';
import { SERVER_MIGRATIONS } from '../../../../server/db/migrations/serverMigrations';
import { openPostgresServerDb } from '../../../../server/db/openPostgresServerDb';
import { openSqliteServerDb } from '../../../../server/db/openSqliteServerDb';
import type { ServerDb, ServerEngine } from '../../../../server/db/serverDb';
import { createServerBackendForTest } from '../../../support/serverBackendForTest';

export interface ServerDbAtVersion {
  db: ServerDb;
  /** The database without the current schema's types: rows are written as the old schema had them. */
  raw: Kysely<unknown>;
  upgradeTo(version: number): Promise<number>;
  dispose(): Promise<void>;
}

/** A server database on the engine, migrated only up to `version` (inclusive). */
export async function serverDbAtVersion(engine: ServerEngine, version: number): Promise<ServerDbAtVersion> {
  const backend = await createServerBackendForTest(engine);
  const db =
    backend.database.engine === 'sqlite'
      ? openSqliteServerDb(backend.database.file, null)
      : openPostgresServerDb(backend.database.url);
  const upgradeTo = (to: number) =>
    migrateServerDatabase(
      db,
      SERVER_MIGRATIONS[engine].filter((m) => m.version <= to),
    );
  await upgradeTo(version);
  return {
    db,
    raw: db.query as unknown as Kysely<unknown>,
    upgradeTo,
    dispose: async () => {
      await db.close();
      await backend.dispose();
    },
  };
}

/** Rows of a table in a stable order, as plain objects. */
export async function rowsOf(raw: Kysely<unknown>, table: string, orderBy: string): Promise<Record<string, unknown>[]> {
  const result = await sql<
    Record<string, unknown>
  >`select * from ${sql.table(table)} order by ${sql.ref(orderBy)}`.execute(raw);
  return result.rows.map((row) => ({ ...row }));
}

/** A reviewer, a case and its record as the first schema stored them. */
export async function insertVersion1Basics(raw: Kysely<unknown>): Promise<void> {
  await sql`insert into reviewers (id, display_name, created_at) values ('RVW-0001', 'Dr. A', '2026-01-01T00:00:00.000Z'), ('RVW-0002', 'Dr. B', '2026-01-01T00:00:00.000Z')`.execute(
    raw,
  );
  await sql`insert into records (sha256, size_bytes, mime_type, stored_at) values (${'a'.repeat(64)}, 1234, 'application/pdf', '2026-01-02T00:00:00.000Z')`.execute(
    raw,
  );
  await sql`insert into cases (id, case_number, reviewer_id, state, detail_json, updated_at) values ('case-1', 'CM26-0000001', 'RVW-0001', 'assigned', ${JSON.stringify({ case: { claimantName: 'Claimant One' } })}, '2026-01-02T00:00:00.000Z')`.execute(
    raw,
  );
  await sql`insert into case_records (case_id, sha256) values ('case-1', ${'a'.repeat(64)})`.execute(raw);
}
