import type { ServerEngine } from '../serverDb';
import { postgresMigration0001 } from './0001-initial.postgres';
import { sqliteMigration0001 } from './0001-initial.sqlite';
import { postgresMigration0002 } from './0002-feed-counter-and-stored-package-files.postgres';
import { sqliteMigration0002 } from './0002-feed-counter-and-stored-package-files.sqlite';
import { serverMigration0003 } from './0003-credentials-and-database-storage';
import { serverMigration0004 } from './0004-feed-keeps-latest-change-per-case';
import { serverMigration0005 } from './0005-audit-heads';
import type { ServerMigration } from './serverMigration';

/** Each engine's migrations in order; shared files appear in both lists, per-engine twins at the same version. */
export const SERVER_MIGRATIONS: Record<ServerEngine, readonly ServerMigration[]> = {
  sqlite: [sqliteMigration0001, sqliteMigration0002, serverMigration0003, serverMigration0004, serverMigration0005],
  postgres: [
    postgresMigration0001,
    postgresMigration0002,
    serverMigration0003,
    serverMigration0004,
    serverMigration0005,
  ],
};
