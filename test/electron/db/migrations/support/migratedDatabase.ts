import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staticKeyProvider } from '../../../../../electron/core/db/keyProvider';
import { migrate, type MigrateResult } from '../../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../../electron/core/db/migrations/migrationList';
import { openDatabase, type Db } from '../../../../../electron/core/db/openDatabase';
import { silentLogger } from '../../../../../electron/core/log/logger';

export interface MigratedDatabase {
  /** The open connection (a new one after each upgradeTo). */
  readonly db: Db;
  /** Closes the file, opens it again with the same key, as a newer app would, and applies the migrations up to `version`. */
  upgradeTo(version: number): MigrateResult;
  /** Closes the connection and deletes the temp folder. */
  dispose(): void;
}

function migrationsUpTo(version: number) {
  const list = MIGRATIONS.filter((m) => m.version <= version);
  if (list.at(-1)?.version !== version) throw new Error(`No migration ${version} in MIGRATIONS`);
  return list;
}

/** A real encrypted workspace database file in a temp folder, migrated up to `version` (0 leaves it empty). */
export function migratedDatabase(version: number): MigratedDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'imr-migration-'));
  const file = join(dir, 'workspace.db');
  const keyProvider = staticKeyProvider(randomBytes(32));
  let db = openDatabase({ file, keyProvider });
  if (version > 0) migrate(db, { log: silentLogger, migrations: migrationsUpTo(version) });
  return {
    get db() {
      return db;
    },
    upgradeTo(target) {
      db.close();
      db = openDatabase({ file, keyProvider });
      return migrate(db, { log: silentLogger, migrations: migrationsUpTo(target) });
    },
    dispose() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of a table in rowid order, for before/after comparisons. */
export function rowsOf(db: Db, table: string): unknown[] {
  return db.prepare(`select * from ${table} order by rowid`).all();
}

export function namesOf(db: Db, type: 'table' | 'index' | 'trigger'): string[] {
  return (
    db.prepare('select name from sqlite_master where type = ? order by name').all(type) as { name: string }[]
  ).map((r) => r.name);
}

export function columnsOf(db: Db, table: string): string[] {
  return (db.prepare(`select name from pragma_table_info(?)`).all(table) as { name: string }[]).map((r) => r.name);
}
