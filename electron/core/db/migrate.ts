import { AppError } from '../../../shared/ipc';
import type { Logger } from '../log';
import { MIGRATIONS } from './migrations/migrationList';
import type { Migration } from './migrations/migration';
import type { Db } from './openDatabase';

export interface MigrateOptions {
  log: Logger;
  migrations?: readonly Migration[];
  /** Runs once before the first pending migration of an existing database; returns the backup file it wrote. */
  beforeMigrating?(db: Db, from: number, to: number): string | null;
}

export interface MigrateResult {
  from: number;
  to: number;
  backupFile: string | null;
}

/** The schema version this build writes. */
export function latestSchemaVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Applies pending migrations, each in one transaction with its version bump, after a verified backup when given one. */
export function migrate(db: Db, { log, migrations = MIGRATIONS, beforeMigrating }: MigrateOptions): MigrateResult {
  const from = schemaVersion(db);
  const latest = latestSchemaVersion(migrations);
  if (from > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `This workspace was written by a newer version of the app (schema ${from}; this version knows up to ${latest}). Update the app to open it; nothing was changed.`,
    );
  }
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backupFile: null };

  const backupFile = from > 0 && beforeMigrating ? beforeMigrating(db, from, latest) : null;
  if (backupFile) log.info('Backed up the workspace before migrating', { from, to: latest });

  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    log.info('Applied migration', { version: migration.version, name: migration.name });
  }
  return { from, to: schemaVersion(db), backupFile };
}
