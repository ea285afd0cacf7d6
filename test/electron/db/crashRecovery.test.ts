import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/core/backend/createBackend';
import { recordAuditEvent } from '../../../electron/core/audit/recordAuditEvent';
import { isGoodBackup } from '../../../electron/core/backup/findGoodBackup';
import { listBackups } from '../../../electron/core/backup/listBackups';
import { staticKeyProvider } from '../../../electron/core/db/keyProvider';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations/migrationList';
import { openDatabase } from '../../../electron/core/db/openDatabase';
import { appendAuditEvent } from '../../../electron/core/db/repositories/auditRepository';
import { silentLogger } from '../../../electron/core/log/logger';
import { databaseFingerprint } from '../../support/databaseFingerprint';
import { tempDir } from '../../support/tempDir';

const CHILD = join(import.meta.dirname, 'support', 'crashChild.ts');

function runChild(
  dataDir: string,
  key: Buffer,
  at: string,
  killWhen?: (line: string) => boolean,
): Promise<{ signal: NodeJS.Signals | null; stdout: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, CRASH_DATA_DIR: dataDir, CRASH_KEY_HEX: key.toString('hex'), CRASH_AT: at },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  proc.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (killWhen?.(stdout)) {
      const partial = () =>
        readdirSync(join(dataDir, 'backups')).some(
          (f) => f.endsWith('.partial') && statSync(join(dataDir, 'backups', f)).size > 0,
        );
      const poll = setInterval(() => {
        if (existsSync(join(dataDir, 'backups')) && partial()) {
          clearInterval(poll);
          proc.kill('SIGKILL');
        }
      }, 1);
    }
  });
  return new Promise((resolve) => proc.on('exit', (_code, signal) => resolve({ signal, stdout })));
}

describe('crash recovery', () => {
  let dir: ReturnType<typeof tempDir>;
  const key = randomBytes(32);
  const keyProvider = staticKeyProvider(key);
  const file = () => join(dir.path, 'workspace.db');
  beforeEach(() => (dir = tempDir('imr-crash-sec-')));
  afterEach(() => dir.remove());

  it('keeps every committed row and finishes the migration on the next start when killed inside the migration', async () => {
    const db = openDatabase({ file: file(), keyProvider });
    migrate(db, { log: silentLogger, migrations: MIGRATIONS.slice(0, -1) });
    db.transaction(() => {
      db.prepare("insert into settings (key, value_json) values ('committed-before-crash', '42')").run();
      for (let i = 0; i < 5; i++)
        appendAuditEvent(db, {
          actor: 'reviewer',
          action: 'case.opened',
          caseId: `c${i}`,
          details: {},
          at: '2026-11-24T09:00:00Z',
        });
    })();
    const before = databaseFingerprint(db);
    const versionBefore = schemaVersion(db);
    db.close();

    const { signal, stdout } = await runChild(dir.path, key, 'migration');
    expect(signal).toBe('SIGKILL');
    expect(stdout).not.toContain('survived');

    const after = openDatabase({ file: file(), keyProvider });
    expect(schemaVersion(after)).toBe(versionBefore);
    expect(databaseFingerprint(after)).toBe(before);
    after.close();
    const backups = listBackups(join(dir.path, 'backups'));
    expect(backups.filter((b) => b.kind === 'before-migration')).toHaveLength(1);
    expect(isGoodBackup(join(dir.path, 'backups', backups[0]?.file ?? ''), key)).toBe(true);

    const backend = await createBackend({
      dataDir: dir.path,
      keyProvider,
      log: silentLogger,
      transport: 'in-process',
      seedDemo: false,
    });
    expect(schemaVersion(backend.ws.db)).toBe(MIGRATIONS.at(-1)?.version);
    expect(backend.ws.db.prepare("select value_json from settings where key = 'committed-before-crash'").get()).toEqual(
      { value_json: '42' },
    );
    expect(await backend.invoke('audit.verify', {})).toMatchObject({ ok: true });
    backend.close();
  }, 60_000);

  it.each(['backup-verify', 'backup-copy'])(
    'loses nothing and leaves no half backup when killed during a backup (%s)',
    async (at) => {
      const first = await createBackend({
        dataDir: dir.path,
        keyProvider,
        log: silentLogger,
        transport: 'in-process',
        seedDemo: false,
      });
      const ws = first.ws;
      ws.db.transaction(() => {
        for (let i = 0; i < 3000; i++)
          appendAuditEvent(ws.db, {
            actor: 'reviewer',
            action: 'document.viewed',
            caseId: `case-${i % 40}`,
            details: { documentId: `d-${i}`, pad: randomBytes(64).toString('hex') },
            at: '2026-11-24T09:00:00.000Z',
          });
      })();
      ws.db.transaction(() => {
        for (let i = 0; i < 24; i++)
          ws.db
            .prepare('insert into settings (key, value_json) values (?, ?)')
            .run(`bulk-${i}`, JSON.stringify(randomBytes(512 * 1024).toString('hex')));
      })();
      recordAuditEvent(ws, { action: 'settings.changed', caseId: null, details: { key: 'last-before-crash' } });
      const before = databaseFingerprint(ws.db);
      const backupsBefore = listBackups(join(dir.path, 'backups')).map((b) => b.file);
      first.close();

      const { signal } = await runChild(
        dir.path,
        key,
        at,
        at === 'backup-copy' ? (out) => out.includes('copying') : undefined,
      );
      expect(signal).toBe('SIGKILL');
      const direct = openDatabase({ file: file(), keyProvider });
      expect(databaseFingerprint(direct)).toBe(before);
      direct.close();

      const again = await createBackend({
        dataDir: dir.path,
        keyProvider,
        log: silentLogger,
        transport: 'in-process',
        seedDemo: false,
      });
      expect(readdirSync(join(dir.path, 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([]);
      expect(listBackups(join(dir.path, 'backups')).map((b) => b.file)).toEqual(backupsBefore);
      const trail = await again.invoke('audit.verify', {});
      expect(trail.ok).toBe(true);
      expect(
        again.ws.db.prepare("select count(*) as n from audit_events where action = 'document.viewed'").get(),
      ).toEqual({ n: 3000 });
      again.close();
    },
    60_000,
  );
});
