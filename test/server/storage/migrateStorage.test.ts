import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand } from '../../../server/adminCommands/runAdminCommand';
import { assignCase } from '../../../server/assignments/assignCase';
import { issueToken } from '../../../server/auth/issueToken';
import { openServerDatabase } from '../../../server/db/openServerDatabase';
import type { ServerDb } from '../../../server/db/serverDb';
import { readStoredPackage } from '../../../server/packages/readStoredPackage';
import { createReviewer } from '../../../server/reviewers/createReviewer';
import { startServer, type RunningServer } from '../../../server/startServer';
import { createDatabaseStorage } from '../../../server/storage/createDatabaseStorage';
import { createFileStorage } from '../../../server/storage/createFileStorage';
import { migrateStorage } from '../../../server/storage/migrateStorage';
import { recordPath } from '../../../shared/sync/syncRoutes';
import { syntheticCaseFolder } from '../../electron/sync/support/syncServerForTest';
import { createServerBackendForTest, TEST_ENGINE, type ServerBackendForTest } from '../../support/serverBackendForTest';
import { syncRequest } from '../support/syncRequest';

const REVIEWER = 'RVW-0001';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe(`storage migrate fs -> database while the server runs (${TEST_ENGINE})`, () => {
  let backend: ServerBackendForTest;
  let admin: ServerDb;
  let server: RunningServer;
  let token: string;
  const shas: string[] = [];
  const LETTER = Buffer.from('%PDF-1.7 a letter received before record storage existed');

  beforeAll(async () => {
    backend = await createServerBackendForTest();
    const onFiles = { ...backend.storage, primary: 'fs' as const, fallbacks: [] };
    admin = await openServerDatabase(backend.database);
    const now = new Date();
    await createReviewer(admin, REVIEWER, 'Dr. R', now);
    token = (await issueToken(admin, REVIEWER, { now })).token;
    const fs = createFileStorage(onFiles.dir);
    for (let n = 1; n <= 8; n++) {
      const folder = syntheticCaseFolder(n, 2, n % 3 === 0 ? 600_000 : 20_000);
      await assignCase(admin, fs, REVIEWER, folder, now);
      shas.push(...folder.files.map((file) => sha256(file.bytes)));
    }
    const caseId = (await admin.query.selectFrom('cases').select('id').executeTakeFirstOrThrow()).id;
    // A package from before migration 2: its files inline in the row.
    await sql`
      insert into packages (receipt_id, reviewer_id, case_id, case_number, determination_version, package_sha256, body_sha256,
        certificate_sha256, manifest_json, manifest_sig, letter_pdf, determination_json, certificate_pem, received_at)
      values ('legacy-receipt', ${REVIEWER}, ${caseId}, 'CM15-0000001', 1, ${'b'.repeat(64)}, ${'c'.repeat(64)}, ${'d'.repeat(64)},
        '{}', 'sig', ${LETTER}, ${Buffer.from('{"legacy":true}')}, 'PEM', ${now.toISOString()})
    `.execute(admin.query);
    // The deployment switched: new files go to the database driver, reads fall back to the files not yet moved.
    server = await startServer({
      database: backend.database,
      storage: { ...backend.storage, primary: 'database', fallbacks: ['fs'] },
    });
  });
  afterAll(async () => {
    await server?.close();
    await admin?.close();
    await backend?.dispose();
  });

  const fileCount = () =>
    readdirSync(backend.storage.dir)
      .filter((d) => /^[0-9a-f]{2}$/.test(d))
      .flatMap((d) => readdirSync(`${backend.storage.dir}/${d}`).filter((f) => /^[0-9a-f]{64}$/.test(f))).length;

  it('serves every record correctly while a migration stops half-way and is run again to the end', async () => {
    let migrating = true;
    const failures: string[] = [];
    let downloads = 0;
    const reader = (async () => {
      while (migrating) {
        for (const sha of shas) {
          const response = await syncRequest(server.url, recordPath(sha), token, {
            signal: AbortSignal.timeout(10_000),
          });
          const body = Buffer.from(await response.arrayBuffer());
          if (response.status !== 200 || sha256(body) !== sha) failures.push(`${sha.slice(0, 8)}: ${response.status}`);
          downloads += 1;
        }
      }
    })();

    let moved = 0;
    await expect(
      migrateStorage(admin, createFileStorage(backend.storage.dir), createDatabaseStorage(admin), {
        deleteSource: true,
        onProgress: () => {
          if (++moved === 5) throw new Error('interrupted (the admin pressed Ctrl+C)');
        },
      }),
    ).rejects.toThrow(/interrupted/);
    expect(fileCount()).toBe(shas.length - 5);

    const output = await runAdminCommand(['storage', 'migrate', 'fs', 'database'], {
      db: admin,
      storage: backend.storage,
      now: new Date(),
      tokenDays: 90,
    });
    migrating = false;
    await reader;
    expect(output).toMatch(new RegExp(`Moved ${shas.length - 5} file\\(s\\) from fs to database`));
    expect(output).toContain('1 package(s) received before record storage');
    expect(failures).toEqual([]);
    expect(downloads).toBeGreaterThanOrEqual(shas.length);
    expect(fileCount()).toBe(0);
    const onDatabase = createDatabaseStorage(admin);
    for (const sha of shas) expect(await onDatabase.stat(sha)).not.toBeNull();
    const legacy = await readStoredPackage(admin, onDatabase, 'legacy-receipt');
    expect(legacy?.['letter.pdf']).toEqual(LETTER);
    const row = await admin.query
      .selectFrom('packages')
      .select(['letter_pdf', 'letter_sha256'])
      .where('receipt_id', '=', 'legacy-receipt')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ letter_pdf: null, letter_sha256: sha256(LETTER) });
    expect(
      await runAdminCommand(['storage', 'verify', 'database'], {
        db: admin,
        storage: backend.storage,
        now: new Date(),
        tokenDays: 90,
      }),
    ).toMatch(/0 damaged/);
  }, 120_000);
});
