import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAdminCommand, type AdminContext } from '../../server/adminCommands/runAdminCommand';
import { registerCertificate } from '../../server/certificates/registerCertificate';
import { findCaseByNumber } from '../../server/repositories/caseRepository';
import { enrolResponseSchema } from '../../shared/sync/enrolSchema';
import { syncErrorBodySchema } from '../../shared/sync/syncErrorBodySchema';
import { SYNC_ROUTES } from '../../shared/sync/syncRoutes';
import { TEST_ENGINE } from '../support/serverBackendForTest';
import { buildTestPackage, createTestSigner } from './support/buildTestPackage';
import { REVIEWER_A, REVIEWER_B, startTestServer, type TestServer } from './support/startTestServer';
import { syncRequest } from './support/syncRequest';
import { uploadPackage } from './support/uploadPackage';

const DAY = 86_400_000;

describe(`credentials: expiry, revocation, rate limits, enrolment (${TEST_ENGINE})`, () => {
  let t: TestServer;
  let context: AdminContext;
  const admin = (...args: string[]) => runAdminCommand(args, context);
  const errorOf = async (response: Response) => ({
    status: response.status,
    ...syncErrorBodySchema.parse(await response.json()).error,
  });
  const enrol = (code: string, certificatePem: string, headers: Record<string, string> = {}) =>
    syncRequest(t.server.url, SYNC_ROUTES.enrol, null, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ code, certificatePem }),
    });

  beforeEach(async () => {
    t = await startTestServer({
      trustProxy: true,
      authLimits: { maxFailures: 5, windowMs: 60_000, blockMs: 60_000 },
    });
    context = { db: t.server.db, storage: t.storageConfig, now: new Date(), tokenDays: 90 };
  });
  afterEach(() => t.stop());

  it('issues tokens that expire (90 days unless the command says otherwise) and lists them', async () => {
    const output = await admin('issue-token', REVIEWER_A);
    const expires = /expires (\S+);/.exec(output)?.[1];
    expect(Date.parse(expires!) - Date.now()).toBeGreaterThan(89 * DAY);
    expect(Date.parse(expires!) - Date.now()).toBeLessThan(91 * DAY);
    const listing = await admin('list-credentials', REVIEWER_A);
    expect(listing).toMatch(/Tokens \(2\):/);
    expect(listing).not.toContain('never');
  });

  it('refuses a token from the moment it is revoked by its id, on the next request', async () => {
    const output = await admin('issue-token', REVIEWER_B, '30');
    const token = output.split('\n')[0]!;
    expect((await syncRequest(t.server.url, SYNC_ROUTES.me, token)).status).toBe(200);
    const listing = await admin('list-credentials', REVIEWER_B);
    const ids = [...listing.matchAll(/^ {2}([0-9a-f]{12}) {2}RVW-0002 {2}live/gm)].map((m) => m[1]!);
    expect(ids).toHaveLength(2);
    for (const id of ids) await admin('revoke-token', id);
    expect((await syncRequest(t.server.url, SYNC_ROUTES.me, token)).status).toBe(401);
    expect((await syncRequest(t.server.url, SYNC_ROUTES.me, t.tokens.b)).status).toBe(401);
    expect(await admin('list-credentials', REVIEWER_B)).toMatch(/RVW-0002 {2}revoked/);
    await expect(admin('revoke-token', ids[0]!)).rejects.toThrow(/already revoked/);
  });

  it('refuses uploads signed with a revoked certificate, and never registers it again', async () => {
    const signer = await createTestSigner(REVIEWER_A);
    const facts = await registerCertificate(t.server.db, REVIEWER_A, signer.certificatePem, t.now);
    const caseId = (await findCaseByNumber(t.server.db.query, 'CM24-0100101'))!.id;
    const first = await buildTestPackage(signer, { caseId, caseNumber: 'CM24-0100101', version: 1 });
    expect((await uploadPackage(t.server.url, t.tokens.a, first)).status).toBe(201);
    expect(await admin('revoke-cert', facts.sha256.slice(0, 16))).toContain(`Revoked certificate ${facts.sha256}`);
    const second = await buildTestPackage(signer, { caseId, caseNumber: 'CM24-0100101', version: 2 });
    expect(await errorOf(await uploadPackage(t.server.url, t.tokens.a, second))).toMatchObject({
      status: 422,
      code: 'CERTIFICATE_REVOKED',
    });
    await expect(registerCertificate(t.server.db, REVIEWER_A, signer.certificatePem, t.now)).rejects.toThrow(/revoked/);
    expect(await admin('list-credentials', REVIEWER_A)).toContain(`${facts.sha256}  RVW-0001  revoked`);
  });

  it('answers 429 to a client after repeated failed sign-ins, even when it then sends a valid token, and not to others', async () => {
    const attacker = { 'x-forwarded-for': '203.0.113.5' };
    const reviewer = { 'x-forwarded-for': '198.51.100.7' };
    for (let i = 0; i < 5; i++) {
      const guess = await syncRequest(t.server.url, SYNC_ROUTES.me, `imr_guess${i}`, { headers: attacker });
      expect(guess.status).toBe(401);
    }
    const blocked = await syncRequest(t.server.url, SYNC_ROUTES.me, t.tokens.a, { headers: attacker });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(30);
    expect((await errorOf(blocked)).code).toBe('TOO_MANY_REQUESTS');
    expect((await syncRequest(t.server.url, SYNC_ROUTES.me, t.tokens.a, { headers: reviewer })).status).toBe(200);
  });

  it('signs a reviewer in with a one-time enrolment code that registers their certificate, so the first upload is accepted', async () => {
    const code = (await admin('enrol', REVIEWER_A)).split('\n')[0]!;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const stranger = await createTestSigner(REVIEWER_B);
    const wrong = await errorOf(await enrol(code, stranger.certificatePem));
    expect(wrong).toMatchObject({ status: 422, code: 'CERTIFICATE_INVALID' });
    expect(wrong.message).toContain(`for reviewer ${REVIEWER_A}; it was not used`);

    const signer = await createTestSigner(REVIEWER_A);
    const reply = await enrol(code.toLowerCase().replaceAll('-', ' '), signer.certificatePem);
    expect(reply.status).toBe(201);
    const enrolled = enrolResponseSchema.parse(await reply.json());
    expect(enrolled).toMatchObject({ reviewerId: REVIEWER_A, certificateSha256: signer.certificateSha256 });
    expect(Date.parse(enrolled.expiresAt!) - Date.now()).toBeGreaterThan(89 * DAY);
    expect((await syncRequest(t.server.url, SYNC_ROUTES.me, enrolled.token)).status).toBe(200);
    const caseId = (await findCaseByNumber(t.server.db.query, 'CM24-0100101'))!.id;
    const pkg = await buildTestPackage(signer, { caseId, caseNumber: 'CM24-0100101' });
    expect((await uploadPackage(t.server.url, enrolled.token, pkg)).status).toBe(201);

    expect(await errorOf(await enrol(code, signer.certificatePem))).toMatchObject({
      status: 401,
      code: 'ENROLMENT_CODE_INVALID',
    });
  });

  it('refuses an expired enrolment code, and blocks a client that guesses codes', async () => {
    context = { ...context, now: new Date(Date.now() - 4 * DAY) };
    const old = (await admin('enrol', REVIEWER_A, '1')).split('\n')[0]!;
    const signer = await createTestSigner(REVIEWER_A);
    const guesser = { 'x-forwarded-for': '203.0.113.9' };
    expect((await enrol(old, signer.certificatePem, guesser)).status).toBe(401);
    for (let i = 0; i < 4; i++) await enrol(`ZZZZ-ZZZZ-ZZZ${i}`, signer.certificatePem, guesser);
    context = { ...context, now: new Date() };
    const fresh = (await admin('enrol', REVIEWER_A)).split('\n')[0]!;
    expect((await enrol(fresh, signer.certificatePem, guesser)).status).toBe(429);
    expect((await enrol(fresh, signer.certificatePem, { 'x-forwarded-for': '198.51.100.8' })).status).toBe(201);
  });
});
