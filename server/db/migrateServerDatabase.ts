import { sql, type Kysely } from 'kysely';
import { AppError } from '../../shared/ipc';
import { SERVER_MIGRATIONS } from './migrations/serverMigrations';
import type { MigrationDb, ServerMigration } from './migrations/serverMigration';
import type { ServerDb } from './serverDb';

/** Any 64-bit number both engines agree on: the PostgreSQL advisory lock that lets one instance migrate at a time. */
const MIGRATION_LOCK = 7_152_024_001;

/**
 * Applies pending migrations, each in one transaction with its version bump, and refuses a database from a newer
 * server. SQLite keeps the version in user_version; PostgreSQL in server_schema_version, read after taking the
 * migration lock, so instances starting together migrate once.
 */
export async function migrateServerDatabase(
  db: ServerDb,
  migrations: readonly ServerMigration[] = SERVER_MIGRATIONS[db.engine],
): Promise<number> {
  const latest = migrations.at(-1)?.version ?? 0;
  const untyped = db.query as unknown as Kysely<unknown>;
  for (;;) {
    const applied =
      db.engine === 'sqlite' ? await stepSqlite(untyped, migrations) : await stepPostgres(untyped, migrations);
    if (applied.from > latest) {
      throw new AppError(
        'DB_TOO_NEW',
        `The server database has schema ${applied.from} but this server knows up to ${latest}. Run the newer server version; nothing was changed.`,
      );
    }
    if (applied.to === applied.from) return applied.to;
  }
}

interface Step {
  from: number;
  to: number;
}

async function stepSqlite(untyped: MigrationDb, migrations: readonly ServerMigration[]): Promise<Step> {
  const from = await sqliteVersion(untyped);
  const next = migrations.find((m) => m.version > from);
  if (!next || from > (migrations.at(-1)?.version ?? 0)) return { from, to: from };
  if (next.rebuildsTables) await sql`pragma foreign_keys = off`.execute(untyped);
  try {
    await untyped.transaction().execute(async (tx) => {
      if ((await sqliteVersion(tx)) !== from) return;
      await next.up(tx, 'sqlite');
      if (next.rebuildsTables) {
        const broken = await sql`pragma foreign_key_check`.execute(tx);
        if (broken.rows.length)
          throw new Error(`Migration ${next.version} left ${broken.rows.length} broken references.`);
      }
      await sql.raw(`pragma user_version = ${next.version}`).execute(tx);
    });
  } finally {
    if (next.rebuildsTables) await sql`pragma foreign_keys = on`.execute(untyped);
  }
  return { from, to: next.version };
}

async function sqliteVersion(db: MigrationDb): Promise<number> {
  const result = await sql<{ user_version: number }>`pragma user_version`.execute(db);
  return Number(result.rows[0]?.user_version ?? 0);
}

async function stepPostgres(untyped: MigrationDb, migrations: readonly ServerMigration[]): Promise<Step> {
  // READ COMMITTED on purpose: the version is read after the lock is granted, so it sees the other instance's commit.
  return untyped.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(tx);
    await sql`create table if not exists server_schema_version (version integer not null)`.execute(tx);
    const row = await sql<{ version: number }>`select version from server_schema_version`.execute(tx);
    const from = row.rows[0]?.version ?? 0;
    if (row.rows.length === 0) await sql`insert into server_schema_version (version) values (0)`.execute(tx);
    const next = migrations.find((m) => m.version > from);
    if (!next || from > (migrations.at(-1)?.version ?? 0)) return { from, to: from };
    await next.up(tx, 'postgres');
    await sql`update server_schema_version set version = ${next.version}`.execute(tx);
    return { from, to: next.version };
  });
}
