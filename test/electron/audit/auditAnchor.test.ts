import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileAnchorStore } from '../../../electron/core/audit/auditAnchorStore';
import { createBackend } from '../../../electron/core/backend/createBackend';
import { fileKeyProvider } from '../../../electron/core/keys/fileKeyProvider';
import { silentLogger } from '../../../electron/core/log/logger';
import { runCli, TEST_ANCHOR_DIR } from '../../support/runCli';
import { tempDir } from '../../support/tempDir';
import { auditHeadOf } from '../../../electron/core/audit/checkAuditAnchor';
import { buildSignedPackage } from '../../../electron/core/packages/buildSignedPackage';
import { createFaultProxy, type FaultProxy } from '../../../server/faults/createFaultProxy';
import { packageManifestSchema } from '../../../shared/domain/signedPackage';
import { AUDIT_HEAD_HEADER } from '../../../shared/sync/syncProtocolVersion';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { createTestSigner } from '../sync/support/signForTest';
import { REVIEWER, startSyncServerForTest, type SyncServerForTest } from '../sync/support/syncServerForTest';
import { fastSyncOptions, openWorkspaceOf, syncedWorkspaceForTest } from '../sync/support/syncedWorkspaceForTest';

describe('rolling the workspace back to an old copy', () => {
  const dir = tempDir('imr-rollback-');
  const anchors = () => fileAnchorStore(TEST_ANCHOR_DIR, dir.path);
  const open = () =>
    createBackend({
      dataDir: dir.path,
      keyProvider: fileKeyProvider(dir.path, silentLogger),
      log: silentLogger,
      transport: 'in-process',
      auditAnchors: anchors(),
    });
  let oldBackup = '';
  let caseId = '';
  let itemId = '';

  beforeAll(async () => {
    const backend = await open();
    caseId = (await backend.invoke('cases.list', {}))[0]!.id;
    itemId = (await backend.invoke('cases.get', { caseId })).items[0]!.id;
    oldBackup = (await backend.invoke('backup.create', {})).file;
    // Later work: decisions and a second look at the case, all in the trail.
    await backend.invoke('determinations.saveItem', { caseId, itemId, decision: 'overturned' });
    await backend.invoke('session.setAutoLock', { minutes: 9 });
    backend.close();
  }, 180_000);
  afterAll(() => dir.remove());

  const replaceWithOldCopy = () => {
    // No key needed: copy the old (encrypted) backup over the database and drop its WAL.
    for (const suffix of ['-wal', '-shm']) rmSync(join(dir.path, `workspace.db${suffix}`), { force: true });
    copyFileSync(join(dir.path, 'backups', oldBackup), join(dir.path, 'workspace.db'));
  };

  it('is reported at start-up and by audit verify, although the old chain is consistent in itself', async () => {
    replaceWithOldCopy();
    const backend = await open();
    try {
      const status = await backend.invoke('session.status', {});
      expect(status.auditWarning).toMatch(/^ROLLED BACK: the trail ends at event \d+, but event \d+ was anchored/);
      const verify = await backend.invoke('audit.verify', {});
      expect(verify.firstBroken).toBeNull();
      expect(verify).toMatchObject({ ok: false, anchor: { state: 'rolled-back' } });
    } finally {
      backend.close();
    }
    const cli = await runCli(dir.path, ['audit', 'verify']);
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(/NOT INTACT[\s\S]*ROLLED BACK/);
    expect(cli.out).toMatch(/accept-rollback/);
    // Working on the rolled-back copy does not quietly move the anchor forward.
    expect((await runCli(dir.path, ['list'])).code).toBe(0);
    expect((await runCli(dir.path, ['audit', 'verify'])).code).toBe(1);
  }, 180_000);

  it('is recorded in the trail and cleared only when the reviewer accepts it', async () => {
    const accepted = await runCli(dir.path, ['audit', 'accept-rollback']);
    expect(accepted).toMatchObject({ code: 0, out: expect.stringMatching(/Audit trail intact/) });
    const backend = await open();
    try {
      expect((await backend.invoke('session.status', {})).auditWarning).toBeNull();
      const verify = await backend.invoke('audit.verify', {});
      expect(verify).toMatchObject({ ok: true, anchor: { state: 'ok' } });
      const events = backend.ws.db
        .prepare("select details_json from audit_events where action = 'audit.rollback_accepted'")
        .all();
      expect(events).toHaveLength(1);
    } finally {
      backend.close();
    }
  }, 180_000);

  it("is not reported after the app's own restore, which anchors the restored trail", async () => {
    expect((await runCli(dir.path, ['restore', oldBackup])).code).toBe(0);
    const verify = await runCli(dir.path, ['audit', 'verify']);
    expect(verify).toMatchObject({ code: 0, out: expect.stringMatching(/Audit trail intact/) });
    expect(readdirSync(TEST_ANCHOR_DIR).length).toBeGreaterThan(0);
  }, 180_000);
});

describe('a rollback of the database and of its anchor file together', () => {
  let server: SyncServerForTest;
  const anchorDir = tempDir('imr-anchor-');
  afterAll(async () => {
    await server?.stop();
    anchorDir.remove();
  });

  it('is reported after the next sync, because the server kept the later head; another workspace of the reviewer is not', async () => {
    server = await startSyncServerForTest();
    const a = await server.assign(1);
    const tw = await createTestWorkspace({ syncOptions: fastSyncOptions() });
    const store = fileAnchorStore(anchorDir.path, tw.dataDir);
    await tw.restart({ auditAnchors: store });
    await tw.call('sync.configure', { serverUrl: server.server.url, token: server.token });
    await tw.call('sync.run', {});
    const { file } = await tw.call('backup.create', {});
    const itemId = (await tw.call('cases.get', { caseId: a.caseId })).items[0]!.id;
    await tw.call('determinations.saveItem', { caseId: a.caseId, itemId, decision: 'overturned' });
    expect((await tw.call('sync.run', {})).lastError).toBeNull();

    // The old copy put back, and the anchor file with it (here: removed), so nothing on this computer remembers more.
    tw.backend.close();
    for (const suffix of ['-wal', '-shm']) rmSync(join(tw.dataDir, `workspace.db${suffix}`), { force: true });
    copyFileSync(join(tw.dataDir, 'backups', file), join(tw.dataDir, 'workspace.db'));
    rmSync(anchorDir.path, { recursive: true, force: true });
    await tw.restart();
    expect((await tw.call('session.status', {})).auditWarning).toBeNull();

    await tw.call('sync.run', {});
    expect((await tw.call('session.status', {})).auditWarning).toMatch(/^ROLLED BACK/);
    // Rolled back, or (once the old copy has logged more events past that point) rewritten: either way not intact.
    const verify = await tw.call('audit.verify', {});
    expect(verify.ok).toBe(false);
    expect(verify.anchor?.state).toMatch(/^(rolled-back|rewritten)$/);
    tw.dispose();

    // The same reviewer on a new computer: a trail of its own, which the server keeps apart.
    const other = await createTestWorkspace({ syncOptions: fastSyncOptions() });
    try {
      await other.restart({ auditAnchors: fileAnchorStore(anchorDir.path, other.dataDir) });
      await other.call('sync.configure', { serverUrl: server.server.url, token: server.token });
      await other.call('sync.run', {});
      await other.call('sync.run', {});
      expect((await other.call('session.status', {})).auditWarning).toBeNull();
    } finally {
      other.dispose();
    }
  }, 180_000);
});

describe('the audit head leaves the computer', () => {
  let server: SyncServerForTest;
  let proxy: FaultProxy;
  let tw: TestWorkspace;
  afterAll(async () => {
    tw?.dispose();
    await proxy?.close();
    await server?.stop();
  });

  it('goes to the sync server with every request, and into each signed package the server gives a receipt for', async () => {
    server = await startSyncServerForTest();
    const signer = await createTestSigner(REVIEWER);
    server.registerCertificate(signer.identity.certificatePem);
    const seen: (string | undefined)[] = [];
    proxy = await createFaultProxy({
      target: server.server.url,
      plan: (request) => {
        seen.push(request.headers[AUDIT_HEAD_HEADER] as string | undefined);
        return { kind: 'pass' };
      },
    });
    const a = await server.assign(1);
    tw = await syncedWorkspaceForTest(proxy.url, server.token);
    await tw.call('sync.run', {});
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((h) => h !== undefined && /^\d+:[0-9a-f]{64}$/.test(h))).toBe(true);
    const ws = openWorkspaceOf(tw);
    const head = auditHeadOf(ws.db)!;
    seen.length = 0;
    await tw.call('sync.run', {});
    expect(seen[0]).toBe(`${head.id}:${head.hash}`);

    // A package signed now carries the head in its signed manifest; the server's receipt pins the manifest.
    const pkg = buildSignedPackage({
      letterPdf: signer.letter,
      determination: { ...(await tw.call('determinations.get', { caseId: a.caseId })), locked: true },
      manifest: {
        caseId: a.caseId,
        caseNumber: a.caseNumber,
        determinationVersion: 1,
        supersedesVersion: null,
        signedAt: new Date().toISOString(),
        auditHead: auditHeadOf(ws.db)!,
      },
      identity: signer.identity,
    });
    const manifest = packageManifestSchema.parse(JSON.parse(pkg.manifestJson.toString('utf8')));
    expect(manifest.auditHead).toEqual(auditHeadOf(ws.db));
  });
});
