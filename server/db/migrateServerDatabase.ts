import { SERVER_MIGRATIONS } from './migrations/serverMigrations';
import type { ServerMigration } from './migrations/serverMigration';
import type { ServerDb } from './serverDb';
import { AppError } from '../../shared/ipc';

/** Applies pending migrations, each in one transaction with its version bump; refuses a newer database. */
export function migrateServerDatabase(
  db: ServerDb,
  migrations: readonly ServerMigration[] = SERVER_MIGRATIONS,
): number {
  const from = Number(db.pragma('user_version', { simple: true }));
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `The server database has schema ${from} but this server knows up to ${latest}. Run the newer server version; nothing was changed.`,
    );
  }
  for (const migration of migrations.filter((m) => m.version > from)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return Number(db.pragma('user_version', { simple: true }));
}
