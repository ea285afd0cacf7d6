import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDocuments } from '../../../electron/core/db/repositories/documentRepository';
import { absolutePackageDir } from '../../../electron/core/packages/packageDirFor';
import { readWorkspacePackage } from '../../../electron/core/packages/readWorkspacePackage';
import { createFaultProxy, type FaultProxy } from '../../../server/faults/createFaultProxy';
import { createSeededRandom, type SeededRandom } from '../../../shared/random/createSeededRandom';
import type { FaultPlan } from '../../../server/faults/Fault';
import { passThrough, randomFaultPlan } from '../../../server/faults/faultPlans';
import { readStoredPackage } from '../../../server/packages/readStoredPackage';
import { listAssignedCases } from '../../../server/repositories/caseRepository';
import { listReceiptsOf } from '../../../server/repositories/packageRepository';
import type { SyncStatus } from '../../../shared/ipc/contracts/syncContract';
import type { TestWorkspace } from '../../support/createTestWorkspace';
import { TEST_ENGINE } from '../../support/serverBackendForTest';
import { createTestSigner, signCaseForTest, type TestSigner } from './support/signForTest';
import { startSyncClusterForTest } from './support/syncClusterForTest';
import { OTHER_REVIEWER, REVIEWER, startSyncServerForTest, type SyncServerAdmin } from './support/syncServerForTest';
import { openWorkspaceOf, syncedWorkspaceForTest } from './support/syncedWorkspaceForTest';

const SEED = Number(process.env['SYNC_FAULT_SEED'] ?? 20261124);
const MIN_ROUNDS = 200;
const MAX_ROUNDS = 400;
const BUDGET_MS = 80_000;
const REQUEST_TIMEOUT_MS = 350;

/** Every kind of fault the proxy knows, on every route; delays sometimes outlast the client's timeout. */
function faultPlan(): FaultPlan {
  const base = randomFaultPlan({
    weights: {
      pass: 60,
      dropRequestBody: 5,
      dropResponse: 6,
      status500: 5,
      delay: 6,
      trickle: 4,
      loseResponse: 6,
      duplicate: 6,
    },
  });
  return (request, random) => {
    const fault = base(request, random);
    if (fault.kind === 'delay')
      return {
        kind: 'delay',
        ms: random.chance(0.3) ? random.int(REQUEST_TIMEOUT_MS + 50, REQUEST_TIMEOUT_MS + 300) : random.int(5, 100),
      };
    if (fault.kind === 'trickle')
      return { kind: 'trickle', chunkBytes: random.int(1024, 4096), intervalMs: random.int(1, 3) };
    return fault;
  };
}

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const pick = <T>(random: SeededRandom, list: readonly T[]): T | undefined => list[random.int(0, list.length - 1)];

/**
 * Where the suite runs: on SQLite one server restarted now and then; on PostgreSQL two instances behind a
 * round-robin balancer, an instance restarted now and then, and PostgreSQL itself restarted twice mid-run.
 */
interface FaultRig {
  admin: SyncServerAdmin;
  url: string;
  describe: string;
  /** Restarts something mid-round; answers what. */
  disrupt(round: number, random: SeededRandom): Promise<'instance' | 'postgres'>;
  stop(): Promise<void>;
}

async function startRig(): Promise<FaultRig> {
  if (TEST_ENGINE === 'sqlite') {
    const server = await startSyncServerForTest();
    return {
      admin: server,
      url: server.server.url,
      describe: 'one instance on SQLite',
      disrupt: async () => {
        await server.server.restart();
        return 'instance';
      },
      stop: () => server.stop(),
    };
  }
  const cluster = await startSyncClusterForTest({ instances: 2 });
  const postgresRounds = new Set([Math.floor(MIN_ROUNDS / 3), Math.floor((2 * MIN_ROUNDS) / 3)]);
  return {
    admin: cluster,
    url: cluster.url,
    describe: 'two instances on PostgreSQL behind a round-robin balancer',
    disrupt: async (round, random) => {
      if (postgresRounds.has(round)) {
        await cluster.restartPostgres();
        return 'postgres';
      }
      await cluster.restartInstance(random.int(0, cluster.instances.length - 1));
      return 'instance';
    },
    stop: () => cluster.stop(),
  };
}

describe(`sync under injected faults (${TEST_ENGINE})`, () => {
  let rig: FaultRig;
  let proxy: FaultProxy;
  let tw: TestWorkspace;
  let signer: TestSigner;

  beforeAll(async () => {
    rig = await startRig();
    signer = await createTestSigner(REVIEWER);
    await rig.admin.registerCertificate(signer.identity.certificatePem);
    proxy = await createFaultProxy({ target: rig.url, seed: SEED });
    tw = await syncedWorkspaceForTest(proxy.url, rig.admin.token, {
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
      stallTimeoutMs: 250,
      concurrency: 3,
      feedPageSize: 7,
      maxAttempts: 2,
      backoffBaseMs: 2,
      backoffCapMs: 10,
      random: createSeededRandom(SEED + 1).next,
    });
  });
  afterAll(async () => {
    tw?.dispose();
    await proxy?.close();
    await rig?.stop();
  }, 30_000);

  it('ends with every signed determination on the server exactly once, every assigned record local and no draft lost after 200+ faulty rounds', async () => {
    const server = rig.admin;
    const random = createSeededRandom(SEED);
    const ws = openWorkspaceOf(tw);
    const drafts = new Map<string, string>();
    const signedCases = new Set<string>();
    const ended = new Set<number>();
    const counts = {
      rounds: 0,
      failedRounds: 0,
      restarts: 0,
      postgresRestarts: 0,
      compactions: 0,
      withdrawals: 0,
      reassignments: 0,
      signed: 0,
      edits: 0,
    };
    let next = 1;
    let acceptRemovals = false;
    proxy.setPlan(faultPlan());
    const deadline = Date.now() + BUDGET_MS;

    for (
      let round = 0;
      round < MAX_ROUNDS && (round < MIN_ROUNDS || Date.now() < deadline - 20_000) && Date.now() < deadline;
      round++
    ) {
      if (random.chance(0.45))
        await server.assign(next++, { records: random.int(1, 2), recordBytes: random.int(1000, 9000) });
      const local = await tw.call('cases.list', {});
      const open = local.filter((c) => c.status === 'assigned' || c.status === 'in_progress');
      const toEdit = random.chance(0.35) ? pick(random, open) : undefined;
      if (toEdit) {
        const text = `Draft ${round} for ${toEdit.caseNumber}`;
        await tw.call('determinations.saveSummary', { caseId: toEdit.id, summary: paragraph(text) });
        drafts.set(toEdit.id, text);
        counts.edits += 1;
      }
      const toSign = random.chance(0.3)
        ? pick(
            random,
            open.filter((c) => c.id !== toEdit?.id),
          )
        : undefined;
      if (toSign) {
        signCaseForTest(ws, toSign.id, signer);
        signedCases.add(toSign.caseNumber);
        counts.signed += 1;
      }
      const endable = local.filter(
        (c) => !signedCases.has(c.caseNumber) && c.status !== 'withdrawn' && !ended.has(Number(c.caseNumber.slice(5))),
      );
      const toEnd = random.chance(0.06) ? pick(random, endable) : undefined;
      if (toEnd) {
        const n = Number(toEnd.caseNumber.slice(5));
        ended.add(n);
        if (random.chance(0.5)) {
          await server.withdraw(n);
          counts.withdrawals += 1;
        } else {
          await server.assign(n, { reviewerId: OTHER_REVIEWER });
          counts.reassignments += 1;
        }
      }
      if (random.chance(0.03)) {
        await server.compact();
        counts.compactions += 1;
      }
      const disrupted =
        random.chance(0.05) || (TEST_ENGINE === 'postgres' && [66, 133].includes(round))
          ? sleep(random.int(0, 80)).then(() => rig.disrupt(round, random))
          : null;
      const status: SyncStatus = await tw.call('sync.run', acceptRemovals ? { acceptRemovals: true } : {});
      if (disrupted) {
        if ((await disrupted) === 'postgres') counts.postgresRestarts += 1;
        else counts.restarts += 1;
      }
      acceptRemovals = status.failSafe !== null;
      if (status.lastError) counts.failedRounds += 1;
      counts.rounds += 1;
    }

    proxy.setPlan(passThrough);
    let final = await tw.call('sync.run', {});
    for (let i = 0; i < 5 && (final.lastError || final.pendingUploads > 0); i++)
      final = await tw.call('sync.run', { acceptRemovals: true });
    const context = `seed ${SEED}, ${rig.describe}, ${JSON.stringify(counts)}`;
    expect(final.lastError, context).toBeNull();
    expect(final.uploadProblems, context).toEqual([]);
    expect(counts.rounds, context).toBeGreaterThanOrEqual(MIN_ROUNDS);
    expect(counts.failedRounds, `${context}: the faults must actually bite`).toBeGreaterThan(20);
    if (TEST_ENGINE === 'postgres') expect(counts.postgresRestarts, context).toBeGreaterThanOrEqual(1);

    // Every signed determination is on the server exactly once and byte-identical to the local package.
    const outbox = ws.db
      .prepare(
        'select case_id as caseId, package_dir as packageDir, uploaded_at as uploadedAt, receipt_json as receiptJson from sync_outbox',
      )
      .all() as {
      caseId: string;
      packageDir: string;
      uploadedAt: string | null;
      receiptJson: string | null;
    }[];
    expect(outbox.length, context).toBe(signedCases.size);
    const adminDb = server.adminDb();
    const serverPackages = await listReceiptsOf(adminDb.query, REVIEWER);
    expect(serverPackages.length, context).toBe(outbox.length);
    for (const row of outbox) {
      expect(row.uploadedAt, context).not.toBeNull();
      const receipt = JSON.parse(row.receiptJson ?? '{}') as { receiptId?: string };
      const stored = serverPackages.filter((p) => p.receipt.caseId === row.caseId);
      expect(
        stored.map((p) => p.receipt.receiptId),
        context,
      ).toEqual([receipt.receiptId]);
      const local = readWorkspacePackage(ws, absolutePackageDir(tw.dataDir, row.packageDir));
      const pkg = await readStoredPackage(adminDb, server.storage(), stored[0]!.receipt.receiptId);
      expect(sha256(pkg!.manifestJson), context).toBe(sha256(local.manifestJson));
      expect(pkg!.manifestSig.toString('utf8')).toBe(local.manifestSig.toString('utf8'));
      expect(sha256(pkg!['letter.pdf'])).toBe(sha256(local['letter.pdf']));
      expect(sha256(pkg!['determination.json'])).toBe(sha256(local['determination.json']));
      expect(pkg!['certificate.pem'].toString('utf8')).toBe(local['certificate.pem'].toString('utf8'));
      expect((await tw.call('cases.get', { caseId: row.caseId })).case.status).toBe('uploaded');
    }

    // Every case assigned to the reviewer is here with every record, and each record has the right hash.
    const assigned = await listAssignedCases(adminDb.query, REVIEWER);
    let records = 0;
    for (const serverCase of assigned) {
      const expected = serverCase.detail.documents.map((d) => d.sha256).sort();
      const docs = listDocuments(ws.db, serverCase.id);
      expect(docs.map((d) => d.sha256).sort(), context).toEqual(expected);
      for (const doc of docs) {
        expect(sha256(ws.store.read(doc.fileLocation)), context).toBe(doc.sha256);
        records += 1;
      }
    }
    expect(records).toBeGreaterThan(50);

    // No local draft was lost: every text typed is still in its case, whether the case is live or was ended and kept.
    for (const [caseId, text] of drafts) {
      expect(JSON.stringify((await tw.call('determinations.get', { caseId })).summary), context).toContain(text);
    }
    const kinds: Record<string, number> = {};
    for (const event of proxy.events) kinds[event.fault.kind] = (kinds[event.fault.kind] ?? 0) + 1;
    console.log(
      `sync faults: ${context}; requests by fault ${JSON.stringify(kinds)}; ${records} records verified, ${drafts.size} drafts kept`,
    );
  }, 150_000);
});
