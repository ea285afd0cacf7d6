import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/core/backend/createBackend';
import { backupDaily } from '../../../electron/core/backup/backupDaily';
import { createVerifiedBackup } from '../../../electron/core/backup/createVerifiedBackup';
import { isGoodBackup } from '../../../electron/core/backup/findGoodBackup';
import { listBackups } from '../../../electron/core/backup/listBackups';
import { staticKeyProvider } from '../../../electron/core/db/keyProvider';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations/migrationList';
import { openDatabase } from '../../../electron/core/db/openDatabase';
import { silentLogger } from '../../../electron/core/log/logger';
import { tempDir } from '../../support/tempDir';
import { backupBeforeMigration } from '../../../electron/core/backup/backupBeforeMigration';

const corruptPage = (file: string, page: number) => {
  const bytes = readFileSync(file);
  for (let i = 0; i < 64; i++) bytes.writeUInt8(bytes.readUInt8(page * 4096 + 200 + i) ^ 0x5a, page * 4096 + 200 + i);
  writeFileSync(file, bytes);
};

describe('backups', () => {
  let dir: ReturnType<typeof tempDir>;
  const key = randomBytes(32);
  const keyProvider = staticKeyProvider(key);
  const backupDir = () => join(dir.path, 'backups');
  const open = () =>
    createBackend({ dataDir: dir.path, keyProvider, log: silentLogger, transport: 'in-process', seedDemo: false });
  beforeEach(() => (dir = tempDir('imr-backup-')));
  afterEach(() => dir.remove());

  it('writes a verified backup that opens with the key before a migration runs', () => {
    const db = openDatabase({ file: join(dir.path, 'workspace.db'), keyProvider });
    migrate(db, { log: silentLogger, beforeMigrating: backupBeforeMigration(backupDir()) });
    db.prepare("insert into settings (key, value_json) values ('before', '1')").run();
    const next = { version: (MIGRATIONS.at(-1)?.version ?? 0) + 1, name: 'next', up: () => undefined };
    const result = migrate(db, {
      log: silentLogger,
      beforeMigrating: backupBeforeMigration(backupDir()),
      migrations: [...MIGRATIONS, next],
    });
    db.close();
    expect(result.backupFile).toMatch(/before-migration-\d{8}T\d{9}Z-v\d+-to-v\d+\.db$/);
    expect(isGoodBackup(result.backupFile ?? '', key)).toBe(true);
    expect(isGoodBackup(result.backupFile ?? '', randomBytes(32))).toBe(false);
  });

  it('keeps no backup file when the copy fails verification', () => {
    const db = openDatabase({ file: join(dir.path, 'workspace.db'), keyProvider });
    migrate(db, { log: silentLogger });
    expect(() =>
      createVerifiedBackup(db, backupDir(), 'manual', new Date(), undefined, {
        afterCopy: (partial) => corruptPage(partial, 2),
      }),
    ).toThrow(expect.objectContaining({ code: 'DB_CORRUPT' }));
    db.close();
    expect(readdirSync(backupDir())).toEqual([]);
  });

  it('takes one backup a day and keeps the last seven when the workstation runs for weeks', () => {
    const db = openDatabase({ file: join(dir.path, 'workspace.db'), keyProvider });
    migrate(db, { log: silentLogger });
    const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 9));
    expect(backupDaily(db, backupDir(), day(0))).not.toBeNull();
    expect(backupDaily(db, backupDir(), new Date(day(0).getTime() + 3_600_000))).toBeNull();
    for (let n = 1; n < 12; n++) backupDaily(db, backupDir(), day(n));
    db.close();
    const daily = listBackups(backupDir()).filter((b) => b.kind === 'daily');
    expect(daily.map((b) => b.createdAt.slice(0, 10))).toEqual([
      '2026-11-12',
      '2026-11-11',
      '2026-11-10',
      '2026-11-09',
      '2026-11-08',
      '2026-11-07',
      '2026-11-06',
    ]);
  });

  it('enters the restore state on a damaged database and restores the newest good backup', async () => {
    const first = await open();
    await first.invoke('session.setAutoLock', { minutes: 9 });
    first.close();
    expect(listBackups(backupDir()).some((b) => b.kind === 'daily')).toBe(true);
    corruptPage(join(dir.path, 'workspace.db'), 3);

    const damaged = await open();
    const status = damaged.session.status();
    expect(status.state).toBe('restore');
    expect(status.message).toMatch(/damaged/);
    expect(status.backups.length).toBeGreaterThan(0);
    expect(await damaged.registrar.invoke('cases.list', {}, { transport: 'in-process' })).toMatchObject({
      ok: false,
      error: { code: 'DB_CORRUPT' },
    });

    const restored = await damaged.invoke('session.restoreBackup', {});
    expect(restored.state).toBe('unlocked');
    expect(await damaged.invoke('cases.list', {})).toEqual([]);
    expect(readdirSync(join(dir.path, 'damaged'))).toHaveLength(1);
    const trail = await damaged.invoke('audit.verify', {});
    expect(trail.ok).toBe(true);
    damaged.close();
  });

  it('treats an unreadable first page as damage when a backup opens with the same key', async () => {
    (await open()).close();
    corruptPage(join(dir.path, 'workspace.db'), 0);
    const damaged = await open();
    expect(damaged.session.status().state).toBe('restore');
    damaged.close();
  });

  it('says plainly that nothing can be restored when the database is damaged and no backup opens', async () => {
    (await open()).close();
    for (const b of listBackups(backupDir())) writeFileSync(join(backupDir(), b.file), 'gone');
    corruptPage(join(dir.path, 'workspace.db'), 3);
    const damaged = await open();
    expect(damaged.session.status()).toMatchObject({
      state: 'restore',
      message: expect.stringMatching(/No backup .* can be opened/),
    });
    await expect(damaged.session.restoreBackup()).rejects.toMatchObject({ code: 'DB_CORRUPT' });
    damaged.close();
    expect(existsSync(join(dir.path, 'workspace.db'))).toBe(true);
  });
});
