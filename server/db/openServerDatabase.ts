import type { DatabaseConfig } from './databaseConfig';
import { migrateServerDatabase } from './migrateServerDatabase';
import { openPostgresServerDb, type PostgresPoolOptions } from './openPostgresServerDb';
import { openSqliteServerDb } from './openSqliteServerDb';
import type { ServerDb } from './serverDb';

/** Opens the configured database and brings its schema up to date; closes it again if that fails. */
export async function openServerDatabase(
  config: DatabaseConfig,
  options: Pick<PostgresPoolOptions, 'onConnectionError'> = {},
): Promise<ServerDb> {
  const db =
    config.engine === 'sqlite'
      ? openSqliteServerDb(config.file, config.key ?? null)
      : openPostgresServerDb(config.url, { poolSize: config.poolSize, ...options });
  try {
    await migrateServerDatabase(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
