import { randomBytes, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServerDatabase } from '../../server/db/openServerDatabase';
import type { ServerDb } from '../../server/db/serverDb';
import { createRoundRobinProxy, type RoundRobinProxy } from '../../server/faults/createRoundRobinProxy';
import { listReceiptsOf } from '../../server/repositories/packageRepository';
import { createRecordStorage } from '../../server/storage/storageConfig';
import { determinationReceiptSchema } from '../../shared/sync/determinationUploadSchema';
import { IDEMPOTENT_REPLAYED_HEADER, SYNC_PROTOCOL_HEADER } from '../../shared/sync/syncProtocolVersion';
import { SYNC_ROUTES } from '../../shared/sync/syncRoutes';
import { createTestSigner, signCaseForTest, type TestSigner } from '../electron/sync/support/signForTest';
import { REVIEWER, syncServerAdmin, type SyncServerAdmin } from '../electron/sync/support/syncServerForTest';
import { openWorkspaceOf, syncedWorkspaceForTest } from '../electron/sync/support/syncedWorkspaceForTest';
import { createSharedTestDatabase } from '../support/postgres/sharedTestPostgres';
import type { TestWorkspace } from '../support/createTestWorkspace';
import { buildTestPackage, createTestSigner as createPlainSigner } from './support/buildTestPackage';
import { spawnServerProcess, type ServerProcess } from './support/spawnServerProcess';
import { uploadPackage } from './support/uploadPackage';

describe('an instance killed in the middle of an upload (two server processes on PostgreSQL)', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataDir: string;
  let admin: SyncServerAdmin;
  let adminDb: ServerDb;
  let signer: TestSigner;
  const processes: ServerProcess[] = [];
  const env = () => ({
    DATABASE_URL: database.url,
    IMR_STORAGE: 'database',
    IMR_SERVER_DATA: dataDir,
    IMR_BACKGROUND_INTERVAL_S: '1',
  });
  const startInstance = async () => {
    const started = await spawnServerProcess(env());
    processes.push(started);
    return started;
  };

  beforeAll(async () => {
    database = await createSharedTestDatabase('imr_kill');
    dataDir = mkdtempSync(join(tmpdir(), 'imr-kill-'));
    adminDb = await openServerDatabase({ engine: 'postgres', url: database.url });
    admin = await syncServerAdmin(
      () => adminDb,
      () => createRecordStorage({ primary: 'database', fallbacks: [], dir: join(dataDir, 'records') }, adminDb),
    );
    signer = await createTestSigner(REVIEWER);
    await admin.registerCertificate(signer.identity.certificatePem);
  });
  afterAll(async () => {
    for (const started of processes) {
      if (started.child.exitCode === null && started.child.signalCode === null) started.child.kill('SIGKILL');
      await started.exited;
    }
    await adminDb?.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("gives the app's retry on the other instance the original receipt when the instance that stored the upload is killed before it answers", async () => {
    const [first, second] = [await startInstance(), await startInstance()];
    const a = await admin.assign(1);
    let killed: ServerProcess | null = null;
    const proxy: RoundRobinProxy = await createRoundRobinProxy([first.url, second.url], {
      onReply: async (upstream, request, reply) => {
        if (killed || request.method !== 'POST' || reply.status !== 201) return 'deliver';
        // The instance committed the package and sent its receipt: it dies before the receipt reaches the app.
        killed = [first, second][upstream]!;
        killed.child.kill('SIGKILL');
        await killed.exited;
        return 'cut';
      },
    });
    let tw: TestWorkspace | null = null;
    try {
      tw = await syncedWorkspaceForTest(proxy.url, admin.token);
      expect((await tw.call('sync.run', {})).lastError).toBeNull();
      signCaseForTest(openWorkspaceOf(tw), a.caseId, signer);
      const status = await tw.call('sync.run', {});
      expect(killed).not.toBeNull();
      expect(status.lastError).toBeNull();
      expect(status.pendingUploads).toBe(0);
      const stored = (await listReceiptsOf(adminDb.query, REVIEWER)).filter((p) => p.receipt.caseId === a.caseId);
      expect(stored).toHaveLength(1);
      expect(status.recentReceipts[0]?.receiptId).toBe(stored[0]?.receipt.receiptId);
      const survivor = killed === first ? second : first;
      expect(proxy.answeredBy.at(-1)).toBe(killed === first ? 1 : 0);
      // The survivor takes over the background work the killed process may have held.
      let background = '';
      for (let i = 0; i < 50 && background !== 'leader'; i++, await sleep(200)) {
        background = ((await (await fetch(`${survivor.url}/health/ready`)).json()) as { background: string })
          .background;
      }
      expect(background).toBe('leader');
    } finally {
      tw?.dispose();
      await proxy.close();
    }
  });

  it('stores nothing from an upload cut off by the kill, and the retry on the other instance stores it once', async () => {
    const victim = await startInstance();
    const other = processes.find((p) => p !== victim && p.child.exitCode === null && p.child.signalCode === null)!;
    const plain = await createPlainSigner(REVIEWER);
    await admin.registerCertificate(plain.certificatePem);
    const caseInfo = await admin.assign(2);
    const pkg = await buildTestPackage(plain, {
      caseId: caseInfo.caseId,
      caseNumber: caseInfo.caseNumber,
      letterPadding: randomBytes(1024 * 1024),
    });
    const body = Buffer.from(JSON.stringify(pkg));
    const key = randomUUID();
    const cut = new Promise<string>((resolve) => {
      const req = httpRequest(new URL(SYNC_ROUTES.determinations, victim.url), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(body.length),
          'idempotency-key': key,
          authorization: `Bearer ${admin.token}`,
          [SYNC_PROTOCOL_HEADER]: '1',
        },
      });
      req.on('error', (error) => resolve(error.message));
      req.on('response', (res) => resolve(`answered ${res.statusCode}`));
      req.write(body.subarray(0, body.length / 3), () => {
        victim.child.kill('SIGKILL');
      });
    });
    expect(await cut).not.toMatch(/^answered/);
    await victim.exited;
    const before = (await listReceiptsOf(adminDb.query, REVIEWER)).filter((p) => p.receipt.caseId === caseInfo.caseId);
    expect(before).toEqual([]);
    const proxy = await createRoundRobinProxy([victim.url, other.url]);
    try {
      const retry = await uploadPackage(proxy.url, admin.token, pkg, key);
      expect(retry.status).toBe(201);
      expect(retry.headers.get(IDEMPOTENT_REPLAYED_HEADER)).toBe('false');
      const receipt = determinationReceiptSchema.parse(await retry.json());
      const again = await uploadPackage(proxy.url, admin.token, pkg, key);
      expect(again.headers.get(IDEMPOTENT_REPLAYED_HEADER)).toBe('true');
      expect(determinationReceiptSchema.parse(await again.json()).receiptId).toBe(receipt.receiptId);
      const after = (await listReceiptsOf(adminDb.query, REVIEWER)).filter((p) => p.receipt.caseId === caseInfo.caseId);
      expect(after.map((p) => p.receipt.receiptId)).toEqual([receipt.receiptId]);
    } finally {
      await proxy.close();
    }
  });
});
