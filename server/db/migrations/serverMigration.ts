import type { Kysely } from 'kysely';
import type { ServerEngine } from '../serverDb';

/** The database a migration sees: its schema is whatever the earlier migrations made, so statements are untyped. */
export type MigrationDb = Kysely<unknown>;

export interface ServerMigration {
  version: number;
  name: string;
  /** SQLite: rebuilds a table, so it runs with foreign key enforcement off and every key is checked before commit. */
  rebuildsTables?: boolean;
  up(db: MigrationDb, engine: ServerEngine): Promise<void>;
}
