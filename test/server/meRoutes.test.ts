import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meResponseSchema } from '../../shared/sync/meResponseSchema';
import { syncErrorBodySchema } from '../../shared/sync/syncErrorBodySchema';
import { SYNC_PROTOCOL_HEADER } from '../../shared/sync/syncProtocolVersion';
import { SYNC_ROUTES, assignmentsPath, recordPath } from '../../shared/sync/syncRoutes';
import { issueToken } from '../../server/auth/issueToken';
import { REVIEWER_A, startTestServer, type TestServer } from './support/startTestServer';
import { syncRequest } from './support/syncRequest';

describe('meRoutes', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it('returns the reviewer id when the token is valid', async () => {
    const response = await syncRequest(t.server.url, SYNC_ROUTES.me, t.tokens.a);
    expect(response.status).toBe(200);
    expect(response.headers.get(SYNC_PROTOCOL_HEADER)).toBe('1');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(meResponseSchema.parse(await response.json())).toMatchObject({ reviewerId: REVIEWER_A, protocolVersion: 1 });
  });

  it.each([
    ['no token', null],
    ['an unknown token', 'imr_not-a-real-token'],
  ])('answers 401 on every route when the request carries %s', async (_label, token) => {
    for (const path of [
      SYNC_ROUTES.me,
      assignmentsPath(null),
      recordPath('a'.repeat(64)),
      SYNC_ROUTES.determinations,
    ]) {
      const response = await syncRequest(
        t.server.url,
        path,
        token,
        path === SYNC_ROUTES.determinations ? { method: 'POST', body: '{}' } : {},
      );
      expect(response.status, path).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      expect(syncErrorBodySchema.parse(await response.json()).error.code).toBe('UNAUTHORIZED');
    }
  });

  it('answers 401 when the token has expired', async () => {
    const past = new Date(Date.now() - 3 * 86_400_000);
    const expired = (await issueToken(t.server.db, REVIEWER_A, { now: past, validDays: 1 })).token;
    const response = await syncRequest(t.server.url, SYNC_ROUTES.me, expired);
    expect(response.status).toBe(401);
  });

  it('answers 400 PROTOCOL_UNSUPPORTED when the protocol header is missing or another version', async () => {
    const missing = await fetch(t.server.url + SYNC_ROUTES.me, { headers: { authorization: `Bearer ${t.tokens.a}` } });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.code).toBe('PROTOCOL_UNSUPPORTED');
    const newer = await fetch(t.server.url + SYNC_ROUTES.me, {
      headers: { authorization: `Bearer ${t.tokens.a}`, [SYNC_PROTOCOL_HEADER]: '2' },
    });
    expect((await newer.json()).error.message).toContain('sent 2');
  });

  it('answers 404 in the error shape when the route does not exist', async () => {
    const response = await syncRequest(t.server.url, '/v1/nothing-here', t.tokens.a);
    expect(response.status).toBe(404);
    expect(syncErrorBodySchema.parse(await response.json()).error.code).toBe('NOT_FOUND');
  });
});
