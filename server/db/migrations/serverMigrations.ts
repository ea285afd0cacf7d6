import { serverMigration0001 } from './0001-initial';
import type { ServerMigration } from './serverMigration';

export const SERVER_MIGRATIONS: readonly ServerMigration[] = [serverMigration0001];
