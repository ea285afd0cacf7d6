import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PackageTransport } from '../../shared/domain/signedPackage';
import { determinationReceiptSchema, type DeterminationReceipt } from '../../shared/sync/determinationUploadSchema';
import { registerCertificate } from '../../server/certificates/registerCertificate';
import { createFaultProxy, type FaultProxy } from '../../server/faults/createFaultProxy';
import { faultSequence, passThrough, randomFaultPlan } from '../../server/faults/faultPlans';
import { findCaseByNumber } from '../../server/repositories/caseRepository';
import { countPackages } from '../../server/repositories/packageRepository';
import { buildTestPackage, createTestSigner, type TestSigner } from './support/buildTestPackage';
import { REVIEWER_A, startTestServer, type TestServer } from './support/startTestServer';
import { uploadPackage } from './support/uploadPackage';

const CASE = 'CM24-0100101';

describe('uploads through createFaultProxy', () => {
  let t: TestServer;
  let proxy: FaultProxy;
  let signer: TestSigner;
  let version = 100;
  const nextPackage = async (): Promise<PackageTransport> =>
    buildTestPackage(signer, {
      caseId: (await findCaseByNumber(t.server.db.query, CASE))!.id,
      caseNumber: CASE,
      version: version++,
    });

  /** Retries one package with one key, as the client engine will: at most 25 tries or 15 s, never forever. */
  async function uploadWithRetries(
    pkg: PackageTransport,
    key: string,
  ): Promise<{ receipt: DeterminationReceipt; attempts: number }> {
    const deadline = Date.now() + 15_000;
    for (let attempt = 1; attempt <= 25 && Date.now() < deadline; attempt++) {
      let status: number;
      let text: string;
      try {
        const response = await uploadPackage(proxy.url, t.tokens.a, pkg, key);
        status = response.status;
        text = await response.text();
      } catch {
        continue; // Cut connection or timeout: retry with the same key.
      }
      if (status === 201) return { receipt: determinationReceiptSchema.parse(JSON.parse(text)), attempts: attempt };
      if (status !== 500) throw new Error(`Upload answered ${status}: ${text}`);
    }
    throw new Error('The upload did not succeed within 25 attempts');
  }

  beforeAll(async () => {
    t = await startTestServer();
    signer = await createTestSigner(REVIEWER_A);
    await registerCertificate(t.server.db, REVIEWER_A, signer.certificatePem, t.now);
    proxy = await createFaultProxy({ target: t.server.url, seed: 2024 });
  });
  afterEach(() => proxy.setPlan(passThrough));
  afterAll(async () => {
    await proxy.close();
    await t.stop();
  });

  it('gives the original receipt on retry and stores once when the response was lost after the server committed', async () => {
    proxy.setPlan(faultSequence([{ kind: 'loseResponse' }]));
    const before = await countPackages(t.server.db.query);
    const { receipt, attempts } = await uploadWithRetries(await nextPackage(), randomUUID());
    expect(attempts).toBe(2);
    expect(proxy.events.at(-2)).toMatchObject({ upstreamStatuses: [201], outcome: 'cut' });
    expect(proxy.events.at(-1)?.upstreamStatuses).toEqual([201]);
    expect(await countPackages(t.server.db.query)).toBe(before + 1);
    expect(receipt.caseNumber).toBe(CASE);
  });

  it('stores once and answers both with one receipt when the request reaches the server twice at once', async () => {
    proxy.setPlan(faultSequence([{ kind: 'duplicate', concurrent: true }]));
    const before = await countPackages(t.server.db.query);
    const { attempts } = await uploadWithRetries(await nextPackage(), randomUUID());
    expect(attempts).toBe(1);
    expect(proxy.events.at(-1)?.upstreamStatuses).toEqual([201, 201]);
    expect(await countPackages(t.server.db.query)).toBe(before + 1);
  });

  it('stores once when the upload was cut mid-body and then retried', async () => {
    proxy.setPlan(faultSequence([{ kind: 'dropRequestBody', afterBytes: 1500 }, { kind: 'status500' }]));
    const before = await countPackages(t.server.db.query);
    const { attempts } = await uploadWithRetries(await nextPackage(), randomUUID());
    expect(attempts).toBe(3);
    expect(await countPackages(t.server.db.query)).toBe(before + 1);
  });

  it('stores once when the server restarts between attempts', async () => {
    const pkg = await nextPackage();
    const key = randomUUID();
    await t.server.stop();
    await expect(uploadPackage(proxy.url, t.tokens.a, pkg, key)).rejects.toThrow();
    await t.server.start();
    const before = await countPackages(t.server.db.query);
    const { attempts } = await uploadWithRetries(pkg, key);
    expect(attempts).toBe(1);
    expect(await countPackages(t.server.db.query)).toBe(before + 1);
  });

  it('ends with every package stored exactly once when faults are drawn at random from a seed', async () => {
    proxy.setPlan(
      randomFaultPlan({
        weights: {
          pass: 2,
          status500: 1,
          dropRequestBody: 1,
          dropResponse: 1,
          loseResponse: 1,
          duplicate: 1,
          delay: 1,
          trickle: 1,
        },
        maxDelayMs: 50,
      }),
    );
    const before = await countPackages(t.server.db.query);
    const receipts: DeterminationReceipt[] = [];
    for (let i = 0; i < 5; i++) receipts.push((await uploadWithRetries(await nextPackage(), randomUUID())).receipt);
    expect(new Set(receipts.map((r) => r.receiptId)).size).toBe(5);
    expect(await countPackages(t.server.db.query)).toBe(before + 5);
    expect(new Set(proxy.events.map((e) => e.fault.kind)).size).toBeGreaterThan(2);
  });
});
