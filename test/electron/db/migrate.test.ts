import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staticKeyProvider } from '../../../electron/core/db/keyProvider';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations/migrationList';
import type { Migration } from '../../../electron/core/db/migrations/migration';
import { openDatabase, type Db } from '../../../electron/core/db/openDatabase';
import { silentLogger } from '../../../electron/core/log/logger';
import { AppError } from '../../../shared/ipc/appError';
import { backupBeforeMigration } from '../../../electron/core/backup/backupBeforeMigration';

describe('migrate', () => {
  let dir: string;
  const keyProvider = staticKeyProvider(randomBytes(32));
  const open = (): Db => openDatabase({ file: join(dir, 'workspace.db'), keyProvider });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'imr-migrate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates every table and sets the latest version when the database is fresh', () => {
    const db = open();
    const result = migrate(db, { log: silentLogger, beforeMigrating: backupBeforeMigration(join(dir, 'backups')) });
    const tables = (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
      (t) => t.name,
    );
    expect(result).toMatchObject({ from: 0, to: MIGRATIONS.at(-1)?.version, backupFile: null });
    expect(tables).toEqual(
      expect.arrayContaining([
        'cases',
        'disputed_items',
        'documents',
        'determination_drafts',
        'item_determinations',
        'audit_events',
      ]),
    );
    db.close();
  });

  it('applies only the new migration and backs up first when the database is older', () => {
    const first = open();
    migrate(first, { log: silentLogger, beforeMigrating: backupBeforeMigration(join(dir, 'backups')) });
    first.prepare("insert into settings (key, value_json) values ('kept', '1')").run();
    first.close();

    const next: Migration = {
      version: (MIGRATIONS.at(-1)?.version ?? 0) + 1,
      name: 'add-notes',
      up: (db) => db.exec('create table notes (id integer primary key)'),
    };
    const db = open();
    const result = migrate(db, {
      log: silentLogger,
      beforeMigrating: backupBeforeMigration(join(dir, 'backups')),
      migrations: [...MIGRATIONS, next],
    });
    expect(result.to).toBe(next.version);
    expect(result.backupFile && existsSync(result.backupFile)).toBe(true);
    expect(db.prepare("select value_json from settings where key = 'kept'").get()).toEqual({ value_json: '1' });
    db.close();

    const backup = openDatabase({ file: result.backupFile ?? '', keyProvider, readonly: true });
    expect(schemaVersion(backup)).toBe(MIGRATIONS.at(-1)?.version);
    backup.close();
  });

  it('rolls back a failing migration with its version bump when the migration throws', () => {
    const db = open();
    migrate(db, { log: silentLogger });
    const before = schemaVersion(db);
    const broken: Migration = {
      version: before + 1,
      name: 'broken',
      up: (d) => (d.exec('create table half (x)'), d.exec('this is not sql')),
    };
    expect(() => migrate(db, { log: silentLogger, migrations: [...MIGRATIONS, broken] })).toThrow();
    expect(schemaVersion(db)).toBe(before);
    expect(db.prepare("select count(*) as n from sqlite_master where name = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses with DB_TOO_NEW and changes nothing when the database is from a newer version', () => {
    const db = open();
    migrate(db, { log: silentLogger });
    db.pragma('user_version = 999');
    const error = (() => {
      try {
        migrate(db, { log: silentLogger, beforeMigrating: backupBeforeMigration(join(dir, 'backups')) });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_TOO_NEW');
    expect((error as AppError).message).toMatch(/newer version/);
    expect(schemaVersion(db)).toBe(999);
    expect(existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : []).toEqual([]);
    db.close();
  });
});

describe('openDatabase', () => {
  it('fails with DB_KEY_INVALID when the key is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'imr-key-'));
    const file = join(dir, 'w.db');
    const db = openDatabase({ file, keyProvider: staticKeyProvider(randomBytes(32)) });
    db.exec('create table t (x)');
    db.close();
    expect(() => openDatabase({ file, keyProvider: staticKeyProvider(randomBytes(32)) })).toThrow(
      expect.objectContaining({ code: 'DB_KEY_INVALID' }),
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
