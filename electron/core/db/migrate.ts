import { join } from 'node:path';
import { AppError } from '../../../shared/ipc/appError';
import { createVerifiedBackup } from '../backup/createVerifiedBackup';
import { pruneBackups, removePartialBackups } from '../backup/listBackups';
import type { Logger } from '../log/logger';
import { MIGRATIONS } from './migrations/migrationList';
import type { Migration } from './migrations/migration';
import type { Db } from './openDatabase';

export interface MigrateOptions {
  /** Where the pre-migration backup goes; null for in-memory or throwaway databases. */
  backupDir: string | null;
  log: Logger;
  migrations?: readonly Migration[];
  keepBackups?: number;
}

export interface MigrateResult {
  from: number;
  to: number;
  backupFile: string | null;
}

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Applies pending migrations, each in one transaction with its version bump, after a verified backup. */
export function migrate(db: Db, { backupDir, log, migrations = MIGRATIONS, keepBackups = 7 }: MigrateOptions): MigrateResult {
  const from = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `This workspace was written by a newer version of the app (schema ${from}; this version knows up to ${latest}). Update the app to open it; nothing was changed.`,
    );
  }
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backupFile: null };

  let backupFile: string | null = null;
  if (from > 0 && backupDir) {
    removePartialBackups(backupDir);
    const backup = createVerifiedBackup(db, backupDir, 'before-migration', new Date(), `v${from}-to-v${latest}`);
    backupFile = join(backupDir, backup.file);
    pruneBackups(backupDir, 'before-migration', keepBackups);
    log.info('Backed up the workspace before migrating', { from, to: latest });
  }

  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    log.info('Applied migration', { version: migration.version, name: migration.name });
  }
  return { from, to: schemaVersion(db), backupFile };
}
