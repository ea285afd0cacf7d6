import { createVerifiedBackup } from '../../../../electron/core/backup/createVerifiedBackup';
import { staticKeyProvider } from '../../../../electron/core/db/keyProvider';
import { migrate } from '../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../electron/core/db/migrations/migrationList';
import { openDatabase } from '../../../../electron/core/db/openDatabase';
import { silentLogger } from '../../../../electron/core/log/logger';
import { backupBeforeMigration } from '../../../../electron/core/backup/backupBeforeMigration';

/**
 * Killed on purpose at a controlled point: CRASH_AT=migration dies inside the last migration's transaction
 * (after its work, before its commit); CRASH_AT=backup-verify dies after the backup copy, before it is verified;
 * CRASH_AT=backup-copy announces the copy and waits for the parent to kill it while VACUUM INTO runs.
 */
const dataDir = process.env['CRASH_DATA_DIR'] ?? '';
const key = Buffer.from(process.env['CRASH_KEY_HEX'] ?? '', 'hex');
const at = process.env['CRASH_AT'];
const die = () => process.kill(process.pid, 'SIGKILL');

const db = openDatabase({ file: `${dataDir}/workspace.db`, keyProvider: staticKeyProvider(key) });
if (at === 'migration') {
  const last = MIGRATIONS.at(-1);
  if (!last) throw new Error('no migrations');
  const killing = { ...last, up: (d: typeof db) => (last.up(d), die()) };
  migrate(db, {
    log: silentLogger,
    beforeMigrating: backupBeforeMigration(`${dataDir}/backups`),
    migrations: [...MIGRATIONS.slice(0, -1), killing],
  });
} else if (at === 'backup-verify') {
  createVerifiedBackup(db, `${dataDir}/backups`, 'manual', new Date(), undefined, { afterCopy: die });
} else if (at === 'backup-copy') {
  process.stdout.write('copying\n');
  createVerifiedBackup(db, `${dataDir}/backups`, 'manual', new Date());
}
process.stdout.write('survived\n');
