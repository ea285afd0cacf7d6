import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/core/backend/createBackend';
import { openDatabase } from '../../../electron/core/db/openDatabase';
import { staticKeyProvider } from '../../../electron/core/db/keyProvider';
import { fileKeyProvider } from '../../../electron/core/keys/fileKeyProvider';
import { silentLogger } from '../../../electron/core/log/logger';
import { verifyPackageDir } from '../../../electron/core/packages/verifyPackageDir';
import { writeSyncAccount } from '../../../electron/core/sync/syncAccount';
import { appErrorDetails } from '../../../shared/ipc/appError';
import { createEnrolmentCode } from '../../../server/enrolment/createEnrolmentCode';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { tempDir } from '../../support/tempDir';
import { createTestSigner, signCaseForTest, type TestSigner } from './support/signForTest';
import { REVIEWER, startSyncServerForTest, type SyncServerForTest } from './support/syncServerForTest';
import { fastSyncOptions, openWorkspaceOf } from './support/syncedWorkspaceForTest';

describe('signing in on the demo workspace', () => {
  let server: SyncServerForTest;
  let tw: TestWorkspace;
  let signer: TestSigner;
  const out = tempDir('imr-export-work-');

  beforeEach(async () => {
    server = await startSyncServerForTest();
    signer ??= await createTestSigner(REVIEWER);
    tw = await createTestWorkspace({ seedDemo: true, syncOptions: fastSyncOptions() });
  });
  afterEach(async () => {
    tw.dispose();
    await server.stop();
  });

  it('refuses to discard a signed, never-uploaded determination and an edited draft, lists them, and exports them', async () => {
    const [first, second] = await tw.call('cases.list', {});
    signCaseForTest(openWorkspaceOf(tw), first!.id, signer);
    const item = (await tw.call('cases.get', { caseId: second!.id })).items[0]!;
    await tw.call('determinations.saveItem', { caseId: second!.id, itemId: item.id, decision: 'overturned' });
    const casesBefore = (await tw.call('cases.list', {})).length;

    const work = await tw.call('sync.localWork', {});
    expect(work.map((w) => [w.caseNumber, w.signedNotUploaded, w.editedDraft])).toEqual(
      expect.arrayContaining([
        [first!.caseNumber, 1, false],
        [second!.caseNumber, 0, true],
      ]),
    );
    const refused = await tw.call('sync.configure', { serverUrl: server.server.url, token: server.token }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(`${first!.caseNumber} (1 signed version never uploaded)`),
    });
    expect(appErrorDetails(refused, 'localWorkAtRisk')?.cases).toHaveLength(work.length);
    expect((await tw.call('cases.list', {})).length).toBe(casesBefore);
    expect((await tw.call('sync.status', {})).configured).toBe(false);

    const exported = await tw.call('sync.exportLocalWork', { targetDir: join(out.path, 'work') });
    expect(exported).toMatchObject({ packages: 1, drafts: work.length });
    const packageDir = join(exported.dir, first!.caseNumber, 'signed-v1');
    expect((await verifyPackageDir(packageDir)).problems.filter((p) => p.code !== 'CERTIFICATE_NOT_TRUSTED')).toEqual(
      [],
    );
    expect(readFileSync(join(exported.dir, second!.caseNumber, 'determination.json'), 'utf8')).toContain('overturned');
    expect(readFileSync(join(exported.dir, second!.caseNumber, 'determination.txt'), 'utf8')).toMatch(/: overturned/);
  });

  it('refuses an enrolment code the same way before spending it, so the same code signs in once told to replace', async () => {
    const [first] = await tw.call('cases.list', {});
    const item = (await tw.call('cases.get', { caseId: first!.id })).items[0]!;
    await tw.call('determinations.saveItem', { caseId: first!.id, itemId: item.id, decision: 'upheld' });
    const { code } = await createEnrolmentCode(server.adminDb(), REVIEWER, { now: new Date() });
    const enrol = { serverUrl: server.server.url, code, passphrase: 'correct horse battery' };
    const refused = await tw.call('sync.enrol', enrol).then(
      () => null,
      (e: unknown) => e,
    );
    expect(appErrorDetails(refused, 'localWorkAtRisk')?.cases.map((c) => c.caseNumber)).toEqual([first!.caseNumber]);
    expect((await tw.call('sync.status', {})).configured).toBe(false);
    const status = await tw.call('sync.enrol', { ...enrol, replaceLocalWork: true });
    expect(status).toMatchObject({
      configured: true,
      replacedDemo: { backup: expect.stringMatching(/^before-sign-in-/) },
    });
  });

  it('replaces the demo only when told to, after a verified backup that still holds the work', async () => {
    const [first] = await tw.call('cases.list', {});
    signCaseForTest(openWorkspaceOf(tw), first!.id, signer);
    const casesBefore = (await tw.call('cases.list', {})).length;
    const status = await tw.call('sync.configure', {
      serverUrl: server.server.url,
      token: server.token,
      replaceLocalWork: true,
    });
    expect(status.configured).toBe(true);
    expect(status.replacedDemo).toMatchObject({
      cases: casesBefore,
      backup: expect.stringMatching(/^before-sign-in-/),
    });
    expect(await tw.call('cases.list', {})).toEqual([]);
    const backup = openDatabase({
      file: join(tw.dataDir, 'backups', status.replacedDemo!.backup),
      keyProvider: staticKeyProvider(tw.key),
      readonly: true,
    });
    try {
      expect(backup.prepare('select count(*) as n from cases').get()).toEqual({ n: casesBefore });
      expect(backup.prepare('select count(*) as n from sync_outbox where uploaded_at is null').get()).toEqual({ n: 1 });
    } finally {
      backup.close();
    }
  });

  it('signs in at once when the demo holds no work of the reviewer, and still keeps a backup', async () => {
    const status = await tw.call('sync.configure', { serverUrl: server.server.url, token: server.token });
    expect(status.replacedDemo?.backup).toMatch(/^before-sign-in-/);
    expect(readdirSync(join(tw.dataDir, 'backups')).some((f) => f.startsWith('before-sign-in-'))).toBe(true);
  });
});

describe('a workspace whose key sits in a file beside it', () => {
  const dir = tempDir('imr-unprotected-');
  let server: SyncServerForTest;
  let backend: Backend;
  afterEach(async () => {
    backend?.close();
    await server?.stop();
    dir.remove();
  });

  it('may not sign in, sync or import into a synced workspace until a passphrase protects it, and says so', async () => {
    server = await startSyncServerForTest();
    server.assign(1);
    backend = await createBackend({
      dataDir: dir.path,
      keyProvider: fileKeyProvider(dir.path, silentLogger),
      log: silentLogger,
      transport: 'in-process',
      seedDemo: false,
      syncOptions: fastSyncOptions(),
    });
    const status = await backend.invoke('session.status', {});
    expect(status.unprotected).toMatch(/not protected: its key is kept in a file beside its database/);
    await expect(
      backend.invoke('sync.configure', { serverUrl: server.server.url, token: server.token }),
    ).rejects.toMatchObject({
      code: 'UNPROTECTED',
      message: expect.stringMatching(/protect this workspace with a passphrase/),
    });
    expect((await backend.invoke('sync.status', {})).configured).toBe(false);
    // Importing into the demo workspace stays possible without a passphrase.
    expect((await backend.invoke('records.beginUpload', { name: 'note.txt', size: 10 })).accepted).toBe(true);
    // A workspace signed in by an older version, before this rule: it neither syncs nor imports until protected.
    writeSyncAccount(backend.ws.db, server.server.url, {
      token: server.token,
      reviewerId: REVIEWER,
      displayName: 'Dr. Test Reviewer',
      signedInAt: new Date().toISOString(),
      needsSignIn: false,
    });
    await expect(backend.invoke('sync.run', {})).rejects.toMatchObject({ code: 'UNPROTECTED' });
    await expect(backend.invoke('records.beginUpload', { name: 'note.txt', size: 10 })).rejects.toMatchObject({
      code: 'UNPROTECTED',
    });
    backend.ws.db.prepare("delete from settings where key like 'sync.%'").run();

    await backend.invoke('session.changePassphrase', { current: '', next: 'a long enough passphrase' });
    expect((await backend.invoke('session.status', {})).unprotected).toBeNull();
    expect(existsSync(join(dir.path, 'workspace.key'))).toBe(false);
    expect(
      (await backend.invoke('sync.configure', { serverUrl: server.server.url, token: server.token })).configured,
    ).toBe(true);
  });
});
