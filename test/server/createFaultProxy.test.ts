import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../shared/domain/caseModel';
import { assignmentsPageSchema } from '../../shared/sync/assignmentsFeedSchema';
import { SYNC_ROUTES, assignmentsPath, recordPath } from '../../shared/sync/syncRoutes';
import { createFaultProxy, type FaultProxy } from '../../server/faults/createFaultProxy';
import { faultSequence, passThrough, randomFaultPlan } from '../../server/faults/faultPlans';
import { countPackages } from '../../server/repositories/packageRepository';
import { readBodyUntilCut } from './support/readBodyUntilCut';
import { startTestServer, type TestServer } from './support/startTestServer';
import { syncRequest } from './support/syncRequest';
import { waitFor } from './support/waitFor';

describe('createFaultProxy', () => {
  let t: TestServer;
  let proxy: FaultProxy;
  let record: DocumentMeta;
  beforeAll(async () => {
    t = await startTestServer();
    proxy = await createFaultProxy({ target: t.server.url, seed: 42 });
    const page = assignmentsPageSchema.parse(
      await (await syncRequest(t.server.url, assignmentsPath(null), t.tokens.a)).json(),
    );
    const first = page.items[0];
    if (first?.kind !== 'assigned' || !first.assignment.documents[0]) throw new Error('demo case has no documents');
    record = first.assignment.documents[0];
  });
  afterEach(() => proxy.setPlan(passThrough));
  afterAll(async () => {
    await proxy.close();
    await t.stop();
  });

  const lastEvent = () => proxy.events.at(-1)!;

  it('forwards requests unchanged when the plan passes them', async () => {
    const response = await syncRequest(proxy.url, SYNC_ROUTES.me, t.tokens.a);
    expect(response.status).toBe(200);
    expect((await response.json()).reviewerId).toBe('RVW-0001');
    expect(lastEvent()).toMatchObject({ path: SYNC_ROUTES.me, upstreamStatuses: [200], outcome: 'replied' });
  });

  it('answers 500 without reaching the server when the fault is status500', async () => {
    proxy.setPlan(faultSequence([{ kind: 'status500' }]));
    const response = await syncRequest(proxy.url, SYNC_ROUTES.me, t.tokens.a);
    expect(response.status).toBe(500);
    expect((await response.json()).error.code).toBe('INTERNAL');
    expect(lastEvent().upstreamStatuses).toEqual([]);
  });

  it('cuts an upload mid-body so the server stores nothing when the fault is dropRequestBody', async () => {
    proxy.setPlan(faultSequence([{ kind: 'dropRequestBody', afterBytes: 2000 }]));
    const body = JSON.stringify({ manifestJson: 'x'.repeat(50_000), manifestSig: 'y'.repeat(32), files: {} });
    await expect(
      syncRequest(proxy.url, SYNC_ROUTES.determinations, t.tokens.a, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'idempotency-key': 'upload-cut-0000000001' },
      }),
    ).rejects.toThrow();
    expect(lastEvent()).toMatchObject({ outcome: 'cut', upstreamStatuses: [] });
    expect(await countPackages(t.server.db.query)).toBe(0);
    expect((await syncRequest(t.server.url, SYNC_ROUTES.me, t.tokens.a)).status).toBe(200);
  });

  it('cuts a download part way and a Range request resumes it when the fault is dropResponse', async () => {
    proxy.setPlan(faultSequence([{ kind: 'dropResponse', afterBytes: 700 }]));
    const response = await syncRequest(proxy.url, recordPath(record.sha256), t.tokens.a);
    expect(response.status).toBe(200);
    const partial = await readBodyUntilCut(response);
    expect(partial.cut).toBe(true);
    expect(partial.bytes.length).toBe(700);
    const rest = await syncRequest(proxy.url, recordPath(record.sha256), t.tokens.a, {
      headers: { range: `bytes=${partial.bytes.length}-` },
    });
    expect(rest.status).toBe(206);
    const whole = Buffer.concat([partial.bytes, Buffer.from(await rest.arrayBuffer())]);
    expect(createHash('sha256').update(whole).digest('hex')).toBe(record.sha256);
  });

  it('lets the client time out while the server still answers when the fault is delay', async () => {
    proxy.setPlan(faultSequence([{ kind: 'delay', ms: 400 }]));
    await expect(
      syncRequest(proxy.url, SYNC_ROUTES.me, t.tokens.a, { signal: AbortSignal.timeout(100) }),
    ).rejects.toThrow();
    const event = lastEvent();
    await waitFor(() => event.upstreamStatuses.length > 0, 3000, 'the delayed request to reach the server');
    expect(event.upstreamStatuses).toEqual([200]);
  });

  it('delivers the whole body slowly when the fault is trickle', async () => {
    proxy.setPlan(faultSequence([{ kind: 'trickle', chunkBytes: 512, intervalMs: 5 }]));
    const started = Date.now();
    const response = await syncRequest(proxy.url, recordPath(record.sha256), t.tokens.a);
    const body = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(body).digest('hex')).toBe(record.sha256);
    expect(Date.now() - started).toBeGreaterThanOrEqual(Math.floor(record.sizeBytes / 512) * 4);
    const event = lastEvent();
    await waitFor(() => event.outcome !== 'pending', 3000, 'the trickled reply to finish');
    expect(event.outcome).toBe('replied');
  });

  it('cuts the client only after the server answered when the fault is loseResponse', async () => {
    proxy.setPlan(faultSequence([{ kind: 'loseResponse' }]));
    await expect(syncRequest(proxy.url, SYNC_ROUTES.me, t.tokens.a)).rejects.toThrow();
    expect(lastEvent()).toMatchObject({ upstreamStatuses: [200], outcome: 'cut' });
  });

  it.each([true, false])(
    'sends the request to the server twice when the fault is duplicate (concurrent: %s)',
    async (concurrent) => {
      proxy.setPlan(faultSequence([{ kind: 'duplicate', concurrent }]));
      const response = await syncRequest(proxy.url, SYNC_ROUTES.me, t.tokens.a);
      expect(response.status).toBe(200);
      await response.json();
      expect(lastEvent().upstreamStatuses).toEqual([200, 200]);
    },
  );

  it('draws the same faults in the same order when two proxies share a seed', async () => {
    const plan = randomFaultPlan({ weights: { pass: 1, status500: 1, delay: 1, trickle: 1 }, maxDelayMs: 5 });
    const kinds: string[][] = [];
    for (let run = 0; run < 2; run++) {
      const seeded = await createFaultProxy({ target: t.server.url, seed: 7, plan });
      for (let i = 0; i < 12; i++) await (await syncRequest(seeded.url, SYNC_ROUTES.me, t.tokens.a)).arrayBuffer();
      kinds.push(seeded.events.map((event) => event.fault.kind));
      await seeded.close();
    }
    expect(kinds[0]).toEqual(kinds[1]);
    expect(new Set(kinds[0]).size).toBeGreaterThan(1);
  });

  it('cuts requests while the server restarts and forwards again once it is back', async () => {
    await t.server.stop();
    await expect(syncRequest(proxy.url, SYNC_ROUTES.me, t.tokens.a)).rejects.toThrow();
    expect(lastEvent().outcome).toBe('cut');
    await t.server.start();
    expect((await syncRequest(proxy.url, SYNC_ROUTES.me, t.tokens.a)).status).toBe(200);
  });

  it('refuses a target that is not on this machine', async () => {
    await expect(createFaultProxy({ target: 'http://example.invalid:80' })).rejects.toThrow(/127\.0\.0\.1/);
  });
});
