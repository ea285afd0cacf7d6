import { chmodSync, existsSync, mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileAnchorStore } from '../../../electron/core/audit/auditAnchorStore';
import { createBackend, type Backend } from '../../../electron/core/backend/createBackend';
import { fileKeyProvider } from '../../../electron/core/keys/fileKeyProvider';
import { silentLogger } from '../../../electron/core/log/logger';
import { locationOf } from '../../../electron/core/recordStore/contentStore';
import { runCli, TEST_ANCHOR_DIR } from '../../support/runCli';
import { tempDir } from '../../support/tempDir';
import { importFiles } from '../records/support/importFiles';

describe('doctor', () => {
  const dir = tempDir('imr-doctor-');
  let backend: Backend;
  let orphan = '';
  let keptForBackup = '';
  const open = () =>
    createBackend({
      dataDir: dir.path,
      keyProvider: fileKeyProvider(dir.path, silentLogger),
      log: silentLogger,
      transport: 'in-process',
      auditAnchors: fileAnchorStore(TEST_ANCHOR_DIR, dir.path),
    });

  beforeAll(async () => {
    backend = await open();
    const [first] = await backend.invoke('cases.list', {});
    const t = { call: backend.invoke } as Parameters<typeof importFiles>[0];
    await importFiles(t, first!.id, [
      { name: 'old-note.txt', bytes: Buffer.from('A note only an old backup lists.\n') },
    ]);
    const doc = (await backend.invoke('records.documents', { caseId: first!.id })).find((d) =>
      d.title.startsWith('old-note'),
    )!;
    keptForBackup = locationOf(doc.sha256);
    await backend.invoke('backup.create', {});
    backend.ws.db.prepare('delete from documents where id = ?').run(doc.id);
    // A file nothing refers to, an abandoned package folder, a clear partial download, a loose database file.
    orphan = backend.ws.store.put(Buffer.from('left over from a replaced case')).location;
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const location of [orphan, keptForBackup]) utimesSync(join(backend.ws.store.root, location), hourAgo, hourAgo);
    mkdirSync(join(dir.path, 'signed', 'CM99-0000001', 'v1'), { recursive: true });
    writeFileSync(join(dir.path, 'signed', 'CM99-0000001', 'v1', 'letter.pdf'), 'encrypted bytes would be here');
    mkdirSync(join(dir.path, 'sync-downloads'), { recursive: true });
    writeFileSync(join(dir.path, 'sync-downloads', `${'c'.repeat(64)}.part`), '%PDF-1.7 clear bytes');
    backend.close();
    chmodSync(join(dir.path, 'workspace.db'), 0o644);
  }, 180_000);
  afterAll(() => dir.remove());

  it('reports permissions, protection, the audit anchor and orphans, and repairs only what is safe with --fix', async () => {
    const report = await runCli(dir.path, ['doctor']);
    expect(report.code).toBe(1);
    // Start-up made the workspace folder and what it holds directly owner-only; the package folders it created
    // deeper are closed to others by it, and tightened only by --fix.
    expect(report.out).toMatch(
      /WARN\s+permissions: 2 file\(s\) or folder\(s\) inside the workspace folder are not owner-only: signed\/CM99-0000001 \(755\), signed\/CM99-0000001\/v1 \(755\)\. The workspace folder is/,
    );
    expect(report.out).toMatch(/PROBLEM\s+protection: This workspace is not protected/);
    expect(report.out).toMatch(/OK\s+audit trail: \d+ event\(s\) chained/);
    expect(report.out).toMatch(/OK\s+audit anchor: The trail contains the head anchored/);
    expect(report.out).toMatch(
      /WARN\s+orphaned files: 1 record file\(s\) and 1 package folder\(s\) .* \(run doctor --fix/,
    );
    // The clear partial download is deleted as soon as the workspace opens, doctor or not.
    expect(report.out).toMatch(/OK\s+downloads: Interrupted downloads are encrypted/);
    expect(existsSync(join(dir.path, 'sync-downloads', `${'c'.repeat(64)}.part`))).toBe(false);
    expect(statSync(join(dir.path, 'workspace.db')).mode & 0o777).toBe(0o600);
    expect(existsSync(join(dir.path, 'records', orphan))).toBe(true);

    const fixed = await runCli(dir.path, ['doctor', '--fix']);
    expect(fixed.out).toMatch(/FIXED\s+permissions: 2 file\(s\) or folder\(s\) others could read were made owner-only/);
    expect(fixed.out).toMatch(/FIXED\s+orphaned files: 1 record file\(s\) and 1 package folder\(s\) .* were deleted/);
    expect(existsSync(join(dir.path, 'records', orphan))).toBe(false);
    expect(existsSync(join(dir.path, 'records', keptForBackup))).toBe(true);
    expect(existsSync(join(dir.path, 'signed', 'CM99-0000001', 'v1'))).toBe(false);
    // The key file remains the reviewer's decision to replace: doctor says so and keeps exiting 1.
    expect(fixed.code).toBe(1);

    // Protected with a passphrase (the key is replaced, backups re-encrypted): nothing left to report.
    const passphrase = { IMR_NEW_PASSPHRASE: 'a long doctor passphrase', IMR_PASSPHRASE: 'a long doctor passphrase' };
    expect((await runCli(dir.path, ['passphrase'], { IMR_NEW_PASSPHRASE: passphrase.IMR_NEW_PASSPHRASE })).code).toBe(
      0,
    );
    const healthy = await runCli(dir.path, ['doctor'], passphrase);
    expect(healthy.out).toMatch(/OK\s+protection: The key is wrapped by your passphrase/);
    expect(healthy.out).toMatch(/OK\s+orphaned files: Every record file and package folder is referred to/);
    expect(healthy).toMatchObject({ code: 0, out: expect.stringMatching(/No problems found/) });
  }, 240_000);

  it('reports but does not repair while another program holds the workspace', async () => {
    backend = await createBackend({
      dataDir: dir.path,
      keySource: { kind: 'passphrase', reason: 'test' },
      log: silentLogger,
      transport: 'in-process',
    });
    await backend.invoke('session.unlock', { passphrase: 'a long doctor passphrase' });
    try {
      const report = await runCli(dir.path, ['doctor'], { IMR_PASSPHRASE: 'a long doctor passphrase' });
      expect(report.out).toMatch(/Reading it without changing anything/);
      expect(report.out).toMatch(/protection:/);
      const refused = await runCli(dir.path, ['doctor', '--fix']);
      expect(refused).toMatchObject({ code: 1, out: expect.stringMatching(/WORKSPACE_IN_USE/) });
    } finally {
      backend.close();
    }
  }, 180_000);
});
