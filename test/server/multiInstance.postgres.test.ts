import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignCase } from '../../server/assignments/assignCase';
import { withdrawCase } from '../../server/assignments/withdrawCase';
import { openServerDatabase } from '../../server/db/openServerDatabase';
import type { ServerDb } from '../../server/db/serverDb';
import { createRoundRobinProxy, type RoundRobinProxy } from '../../server/faults/createRoundRobinProxy';
import { appendChange } from '../../server/feed/appendChange';
import { findCaseByNumber, listAssignedCases, upsertCase } from '../../server/repositories/caseRepository';
import { countPackages } from '../../server/repositories/packageRepository';
import { revokeTokens } from '../../server/repositories/tokenRepository';
import { startServer, type RunningServer } from '../../server/startServer';
import { createRecordStorage, type StorageConfig } from '../../server/storage/storageConfig';
import { assignmentsPageSchema, type AssignmentsPage } from '../../shared/sync/assignmentsFeedSchema';
import { determinationReceiptSchema } from '../../shared/sync/determinationUploadSchema';
import { assignmentsPath } from '../../shared/sync/syncRoutes';
import {
  OTHER_REVIEWER,
  REVIEWER,
  caseNumberOf,
  syncServerAdmin,
  syntheticCaseFolder,
  type SyncServerAdmin,
} from '../electron/sync/support/syncServerForTest';
import { createSharedTestDatabase } from '../support/postgres/sharedTestPostgres';
import { buildTestPackage, createTestSigner, type TestSigner } from './support/buildTestPackage';
import { syncRequest } from './support/syncRequest';
import { uploadPackage } from './support/uploadPackage';

describe('several instances on one PostgreSQL database', () => {
  let database: { url: string; drop(): Promise<void> };
  let storage: StorageConfig;
  let a: RunningServer;
  let b: RunningServer;
  let writerA: ServerDb;
  let writerB: ServerDb;
  let admin: SyncServerAdmin;
  let proxy: RoundRobinProxy;
  let signer: TestSigner;

  beforeAll(async () => {
    database = await createSharedTestDatabase('imr_multi');
    storage = { primary: 'database', fallbacks: [], dir: '/nonexistent-records' };
    const config = { engine: 'postgres' as const, url: database.url, poolSize: 5 };
    [a, b] = await Promise.all([
      startServer({ database: config, storage }),
      startServer({ database: config, storage }),
    ]);
    [writerA, writerB] = await Promise.all([openServerDatabase(config), openServerDatabase(config)]);
    admin = await syncServerAdmin(
      () => writerA,
      () => createRecordStorage(storage, writerA),
    );
    signer = await createTestSigner(REVIEWER);
    await admin.registerCertificate(signer.certificatePem);
    proxy = await createRoundRobinProxy([a.url, b.url]);
  });
  afterAll(async () => {
    await proxy?.close();
    await Promise.all([a?.close(), b?.close(), writerA?.close(), writerB?.close()]);
    await database?.drop();
  });

  const page = async (base: string, cursor: string | null, limit = 100): Promise<AssignmentsPage> => {
    const response = await syncRequest(base, assignmentsPath(cursor, limit), admin.token);
    expect(response.status).toBe(200);
    return assignmentsPageSchema.parse(await response.json());
  };
  const drain = async (base: string, cursor: string | null, limit = 100) => {
    const items: AssignmentsPage['items'] = [];
    let next = cursor;
    for (let i = 0; i < 200; i++) {
      const result = await page(base, next, limit);
      items.push(...result.items);
      next = result.cursor;
      if (!result.has_more) return { items, cursor: next };
    }
    throw new Error('The feed did not end within 200 pages');
  };

  it('never lets a cursor pass a change another instance has numbered but not yet committed', async () => {
    await admin.assign(9001);
    const start = await drain(a.url, null);
    const at = new Date().toISOString();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let numbered!: () => void;
    const took = new Promise<void>((resolve) => (numbered = resolve));
    // Instance A's transaction takes the next sequence for a new case, then waits before it commits.
    const slow = writerA.query
      .transaction()
      .setIsolationLevel('serializable')
      .execute(async (tx) => {
        const detail = (await findCaseByNumber(tx, 'CM15-0009001'))!.detail;
        await upsertCase(tx, {
          id: 'late-case',
          caseNumber: 'CM15-0009002',
          reviewerId: REVIEWER,
          state: 'assigned',
          detail: { ...detail, case: { ...detail.case, id: 'late-case', caseNumber: 'CM15-0009002' } },
          updatedAt: at,
        });
        await appendChange(tx, {
          reviewerId: REVIEWER,
          caseId: 'late-case',
          kind: 'assigned',
          payload: {
            caseNumber: 'CM15-0009002',
            at,
            assignment: { ...detail, case: { ...detail.case, id: 'late-case', caseNumber: 'CM15-0009002' } },
          },
          createdAt: at,
        });
        numbered();
        await gate;
      });
    await took;
    // Instance B withdraws another case meanwhile: it must wait for A, or a reader could skip A's change for good.
    const quick = withdrawCase(writerB, 'CM15-0009001', 'Settled', new Date());
    await sleep(300);
    const during = await drain(b.url, start.cursor);
    expect(during.items).toEqual([]);
    release();
    await Promise.all([slow, quick]);
    const after = await drain(b.url, during.cursor);
    expect(after.items.map((change) => [change.kind, change.caseNumber])).toEqual([
      ['assigned', 'CM15-0009002'],
      ['withdrawn', 'CM15-0009001'],
    ]);
  });

  it('stores an upload once and answers both instances with the same receipt when it reaches both at the same moment', async () => {
    const caseInfo = await admin.assign(9100);
    const receipts = new Set<string>();
    for (let version = 1; version <= 8; version++) {
      const pkg = await buildTestPackage(signer, { caseId: caseInfo.caseId, caseNumber: caseInfo.caseNumber, version });
      const key = randomUUID();
      // The same key on both; and the same package again with a fresh key, as a client that lost its key would send.
      const replies = await Promise.all([
        uploadPackage(a.url, admin.token, pkg, key),
        uploadPackage(b.url, admin.token, pkg, key),
        uploadPackage(version % 2 ? a.url : b.url, admin.token, pkg),
      ]);
      const bodies = await Promise.all(replies.map(async (r) => ({ status: r.status, body: await r.json() })));
      expect(bodies.map((r) => r.status)).toEqual([201, 201, 201]);
      const ids = bodies.map((r) => determinationReceiptSchema.parse(r.body).receiptId);
      expect(new Set(ids).size).toBe(1);
      receipts.add(ids[0]!);
    }
    expect(receipts.size).toBe(8);
    const stored = await writerB.query
      .selectFrom('packages')
      .select('receipt_id')
      .where('case_id', '=', caseInfo.caseId)
      .execute();
    expect(stored.map((row) => row.receipt_id).sort()).toEqual([...receipts].sort());
    expect(await countPackages(writerB.query)).toBeGreaterThanOrEqual(8);
  });

  it('gives a reviewer whose requests alternate between instances every change while both instances write', async () => {
    const base = 9200;
    for (let n = 0; n < 20; n++) await admin.assign(base + n, { records: 0 });
    let cursor: string | null = null;
    const seen = new Map<string, string>();
    const apply = (items: AssignmentsPage['items']) => {
      for (const change of items) seen.set(change.caseNumber, change.kind);
    };
    const writers = (async () => {
      for (let n = 20; n < 60; n++) {
        const writer = n % 2 ? writerA : writerB;
        await assignCase(
          writer,
          createRecordStorage(storage, writer),
          REVIEWER,
          syntheticCaseFolder(base + n, 0, 0),
          new Date(),
        );
        if (n % 5 === 0)
          await withdrawCase(n % 2 ? writerB : writerA, caseNumberOf(base + n - 10), 'Settled', new Date());
      }
    })();
    let done = false;
    void writers.then(() => (done = true));
    for (let rounds = 0; rounds < 2000 && !done; rounds++) {
      const result = await page(proxy.url, cursor, 3);
      apply(result.items);
      cursor = result.cursor;
    }
    await writers;
    const rest = await drain(proxy.url, cursor, 3);
    apply(rest.items);
    const live = (await listAssignedCases(writerA.query, REVIEWER))
      .map((c) => c.caseNumber)
      .filter((number) => Number(number.slice(5)) >= base);
    const locallyLive = [...seen]
      .filter(([number, kind]) => kind === 'assigned' && Number(number.slice(5)) >= base)
      .map(([number]) => number);
    expect(locallyLive.sort()).toEqual(live.sort());
    expect(new Set(proxy.answeredBy)).toEqual(new Set([0, 1]));
  });

  it('refuses on every instance at once a token revoked through one of them', async () => {
    const token = admin.otherToken;
    expect((await syncRequest(a.url, '/v1/me', token)).status).toBe(200);
    await writerB.write((tx) => revokeTokens(tx, OTHER_REVIEWER, new Date().toISOString()));
    expect((await syncRequest(a.url, '/v1/me', token)).status).toBe(401);
    expect((await syncRequest(b.url, '/v1/me', token)).status).toBe(401);
  });

  // Last in this file: it blocks this machine's address on every instance.
  it('blocks a client on every instance once it failed to authenticate too often on one of them', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25 && statuses.at(-1) !== 429; i++) {
      statuses.push((await syncRequest(a.url, '/v1/me', `imr_guess_${i}`)).status);
    }
    // Twenty failures in all (two came from the revoked token above), then A refuses.
    expect(statuses.filter((status) => status === 401).length).toBeGreaterThanOrEqual(17);
    expect(statuses.at(-1)).toBe(429);
    await sleep(1100);
    const onB = await syncRequest(b.url, '/v1/me', admin.token);
    expect(onB.status).toBe(429);
    expect(Number(onB.headers.get('retry-after'))).toBeGreaterThan(60);
  });
});
