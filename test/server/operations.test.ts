import { randomBytes, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { registerCertificate } from '../../server/certificates/registerCertificate';
import { openServerDatabase } from '../../server/db/openServerDatabase';
import { findCaseByNumber } from '../../server/repositories/caseRepository';
import { countPackages } from '../../server/repositories/packageRepository';
import { determinationReceiptSchema } from '../../shared/sync/determinationUploadSchema';
import { SYNC_PROTOCOL_HEADER } from '../../shared/sync/syncProtocolVersion';
import { SYNC_ROUTES } from '../../shared/sync/syncRoutes';
import { TEST_ENGINE } from '../support/serverBackendForTest';
import { buildTestPackage, createTestSigner } from './support/buildTestPackage';
import { REVIEWER_A, startTestServer, type TestServer } from './support/startTestServer';
import { syncRequest } from './support/syncRequest';

describe(`operations (${TEST_ENGINE})`, () => {
  let t: TestServer | null = null;
  afterEach(async () => {
    await t?.stop();
    t = null;
  });

  it('answers liveness and readiness without a token or protocol header', async () => {
    t = await startTestServer();
    const live = await fetch(`${t.server.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'live', instance: t.server.instanceId });
    const ready = await fetch(`${t.server.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'ok', background: 'leader' });
  });

  it('writes one JSON log line per request event with its request id, echoes the id, and never logs the token', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    t = await startTestServer({ logger: { level: 'info', stream } });
    const chosen = await syncRequest(t.server.url, SYNC_ROUTES.me, t.tokens.a, {
      headers: { 'x-request-id': 'lb-7f3a-0001' },
    });
    expect(chosen.headers.get('x-request-id')).toBe('lb-7f3a-0001');
    const hostile = await syncRequest(t.server.url, SYNC_ROUTES.me, t.tokens.a, {
      headers: { 'x-request-id': 'bad id {"forged":true}' },
    });
    const generated = hostile.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    await sleep(50);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const forRequest = entries.filter((entry) => entry.reqId === 'lb-7f3a-0001');
    expect(forRequest.map((entry) => entry.msg)).toEqual(['incoming request', 'request completed']);
    expect(forRequest[1]).toMatchObject({ reviewerId: REVIEWER_A, res: { statusCode: 200 } });
    expect(entries.some((entry) => entry.reqId === generated)).toBe(true);
    expect(lines.join('\n')).not.toContain(t.tokens.a);
    expect(lines.join('\n')).not.toContain('forged');
  });

  it('finishes an upload that is in flight when a graceful shutdown begins, and takes no new connections', async () => {
    t = await startTestServer();
    const signer = await createTestSigner(REVIEWER_A);
    await registerCertificate(t.server.db, REVIEWER_A, signer.certificatePem, t.now);
    const caseId = (await findCaseByNumber(t.server.db.query, 'CM24-0100101'))!.id;
    const pkg = await buildTestPackage(signer, {
      caseId,
      caseNumber: 'CM24-0100101',
      letterPadding: randomBytes(2 * 1024 * 1024),
    });
    const body = Buffer.from(JSON.stringify(pkg));
    const url = new URL(SYNC_ROUTES.determinations, t.server.url);
    const reply = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(body.length),
          'idempotency-key': randomUUID(),
          authorization: `Bearer ${t!.tokens.a}`,
          [SYNC_PROTOCOL_HEADER]: '1',
        },
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.write(body.subarray(0, body.length / 2));
      sleep(300).then(() => req.end(body.subarray(body.length / 2)));
    });
    await sleep(100);
    const started = Date.now();
    const shutdown = t.server.shutdown(10_000);
    await sleep(50);
    await expect(fetch(`${t.server.url}/health/live`)).rejects.toThrow();
    const answer = await reply;
    await shutdown;
    expect(answer.status).toBe(201);
    const receipt = determinationReceiptSchema.parse(JSON.parse(answer.text));
    expect(Date.now() - started).toBeLessThan(5000);
    const db = await openServerDatabase(t.database);
    try {
      expect(await countPackages(db.query)).toBe(1);
      const row = await db.query.selectFrom('packages').select('receipt_id').executeTakeFirstOrThrow();
      expect(row.receipt_id).toBe(receipt.receiptId);
    } finally {
      await db.close();
    }
  });
});
