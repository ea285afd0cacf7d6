import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/ipc/appError';
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

/** Applies pending migrations, each in one transaction with its version bump, after a backup. */
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
    mkdirSync(backupDir, { recursive: true });
    backupFile = join(backupDir, `before-v${latest}-from-v${from}-${Date.now()}.db`);
    db.exec(`vacuum into '${backupFile.replaceAll("'", "''")}'`);
    pruneBackups(backupDir, keepBackups);
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

function pruneBackups(dir: string, keep: number): void {
  const files = readdirSync(dir)
    .filter((f) => f.startsWith('before-v') && f.endsWith('.db'))
    .sort();
  for (const stale of files.slice(0, Math.max(0, files.length - keep))) {
    const path = join(dir, stale);
    if (existsSync(path)) rmSync(path);
  }
}
