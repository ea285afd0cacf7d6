import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/log/logger';
import { createShellServer, type ShellServer } from '../../../electron/shell/createShellServer';
import {
  hostAndOriginAllowed,
  isLoopbackAddress,
  isLoopbackHost,
  tokenMatches,
} from '../../../electron/shell/shellSecurity';
import { METHOD_NAMES } from '../../../shared/ipc/contract';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { databaseFingerprint } from '../../support/databaseFingerprint';
import { rawRequest } from './support/rawRequest';
import { seededRandom } from '../../support/hostilePayloads';

describe('browser shell door', () => {
  let t: TestWorkspace;
  let shell: ShellServer;
  let auth: Record<string, string>;
  let origin: string;
  let documentId: string;

  beforeAll(async () => {
    t = await createTestWorkspace({ seedDemo: true });
    const rendererDir = join(t.dataDir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>IMR</title>');
    shell = await createShellServer({
      ws: t.backend.ws,
      registrar: t.backend.registrar,
      rendererDir,
      log: silentLogger,
    });
    auth = { authorization: `Bearer ${shell.token}` };
    origin = `http://127.0.0.1:${shell.port}`;
    const [first] = await t.call('cases.list', {});
    documentId = (await t.call('cases.get', { caseId: first?.id ?? '' })).documents[0]?.id ?? '';
  }, 120_000);
  afterAll(async () => {
    await shell.close();
    t.dispose();
  });

  const invoke = (headers: Record<string, string>, body = JSON.stringify({ method: 'session.status', payload: {} })) =>
    rawRequest(shell.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('refuses to bind anything but loopback', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.com', '127.0.0.1.nip.io']) {
      await expect(
        createShellServer({
          ws: t.backend.ws,
          registrar: t.backend.registrar,
          rendererDir: t.dataDir,
          log: silentLogger,
          host,
        }),
      ).rejects.toThrow(/loopback/);
    }
  });

  it('puts the token only in the launch address fragment and never sets a cookie', async () => {
    const launch = new URL(shell.launchUrl);
    expect(launch.search).toBe('');
    expect(launch.pathname).toBe('/launch');
    expect(launch.hash).toBe(`#token=${shell.token}`);
    // What the browser sends for that address: the path, never the fragment.
    const page = await rawRequest(shell.port, { path: launch.pathname, headers: { 'sec-fetch-site': 'none' } });
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/^<!doctype html>/);
    expect(page.headers['set-cookie']).toBeUndefined();
  });

  it('answers 401 to every data route without the token in the Authorization header, cookie or query alike', async () => {
    for (const path of ['/api/invoke', '/api/events', `/records/${documentId}`]) {
      expect((await rawRequest(shell.port, { path })).status).toBe(401);
      expect((await rawRequest(shell.port, { path, headers: { cookie: `imr_shell=${shell.token}` } })).status).toBe(
        401,
      );
      expect((await rawRequest(shell.port, { path: `${path}?token=${shell.token}` })).status).toBe(401);
      expect(
        (await rawRequest(shell.port, { path, headers: { authorization: `Bearer ${'x'.repeat(32)}` } })).status,
      ).toBe(401);
    }
    expect((await invoke({ origin })).status).toBe(401);
    expect((await invoke({ origin, cookie: `imr_shell=${shell.token}` })).status).toBe(401);
    expect((await invoke({ origin, authorization: shell.token })).status).toBe(401);
  });

  it('serves the app files, which carry no data, without the token but not to a foreign host or site', async () => {
    expect((await rawRequest(shell.port, { path: '/' })).status).toBe(200);
    expect((await rawRequest(shell.port, { path: '/', headers: { host: `evil.example:${shell.port}` } })).status).toBe(
      403,
    );
    expect((await rawRequest(shell.port, { path: '/', headers: { 'sec-fetch-site': 'same-site' } })).status).toBe(403);
  });

  it('answers 403 to a foreign Host, a foreign Origin, a cross-site fetch and a POST without Origin, even with the token', async () => {
    expect((await invoke({ ...auth, origin, host: `evil.example:${shell.port}` })).status).toBe(403);
    expect((await invoke({ ...auth, origin, host: `127.0.0.1:${shell.port + 1}` })).status).toBe(403);
    expect((await invoke({ ...auth, origin: 'http://evil.example' })).status).toBe(403);
    expect((await invoke({ ...auth, origin: `http://127.0.0.1:${shell.port + 1}` })).status).toBe(403);
    expect((await invoke({ ...auth, origin: 'null' })).status).toBe(403);
    expect((await invoke({ ...auth })).status).toBe(403);
    expect((await invoke({ ...auth, origin, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(
      (
        await rawRequest(shell.port, {
          path: `/records/${documentId}`,
          headers: { ...auth, 'sec-fetch-site': 'same-site' },
        })
      ).status,
    ).toBe(403);
    expect((await invoke({ ...auth, origin })).status).toBe(200);
  });

  it('treats only loopback peers and loopback bind addresses as local', () => {
    expect(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(true);
    expect(
      [undefined, '', '10.0.0.1', '::ffff:10.0.0.1', '192.168.0.127', 'fe80::1', '0.0.0.0', '1127.0.0.1'].some(
        isLoopbackAddress,
      ),
    ).toBe(false);
    expect(['0.0.0.0', '::', '', 'localhost.evil'].some(isLoopbackHost)).toBe(false);
    expect(tokenMatches(undefined, 'abc')).toBe(false);
    expect(tokenMatches('ab', 'abc')).toBe(false);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(hostAndOriginAllowed({ headers: { host: '127.0.0.1:1' }, method: 'GET' } as never, 1)).toBe(true);
  });

  it('serves record bytes with no-store and nosniff, and no file outside the renderer folder', async () => {
    const record = await rawRequest(shell.port, {
      path: `/records/${documentId}`,
      headers: { ...auth, range: 'bytes=0-99' },
    });
    expect(record.status).toBe(206);
    expect(record.headers['cache-control']).toBe('no-store');
    expect(record.headers['x-content-type-options']).toBe('nosniff');
    for (const path of [
      '/../workspace.key',
      '/..%2fworkspace.key',
      '/%2e%2e/workspace.db',
      '/renderer/../../etc/passwd',
    ]) {
      const res = await rawRequest(shell.port, { path, headers: { ...auth } });
      expect(res.body).not.toMatch(/^[0-9a-f]{64}$/);
      expect(res.body.startsWith('<!doctype html>') || res.status === 404).toBe(true);
    }
  });

  it('answers 423 for record bytes and SESSION_LOCKED for methods while locked, and still answers session methods', async () => {
    await t.call('session.lock', {});
    try {
      expect((await rawRequest(shell.port, { path: `/records/${documentId}`, headers: { ...auth } })).status).toBe(423);
      const list = JSON.parse(
        (await invoke({ ...auth, origin }, JSON.stringify({ method: 'cases.list', payload: {} }))).body,
      ) as { error: { code: string } };
      expect(list.error.code).toBe('SESSION_LOCKED');
      const status = JSON.parse((await invoke({ ...auth, origin })).body) as { value: { state: string } };
      expect(status.value.state).toBe('locked');
    } finally {
      await t.call('session.unlock', {});
    }
  });

  it('answers every malformed JSON body with INVALID_INPUT and changes nothing when fuzzed over HTTP', async () => {
    await t.settle();
    const before = databaseFingerprint(t.backend.ws.db);
    const rnd = seededRandom(99);
    const bodies = [
      '',
      '{',
      'null',
      '[]',
      '"x"',
      '{"method":1}',
      `{"method":"cases.get","payload":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    ];
    let statuses = 0;
    for (const method of METHOD_NAMES) {
      for (let i = 0; i < 20; i++) {
        const payload =
          rnd() < 0.5
            ? `{"__proto__":{"polluted":${i}},"x":"${'y'.repeat(Math.floor(rnd() * 5000))}"}`
            : `[${rnd()},null]`;
        const res = await invoke({ ...auth, origin }, `{"method":${JSON.stringify(method)},"payload":${payload}}`);
        const parsed = JSON.parse(res.body) as { ok: boolean; error?: { code: string } };
        if (!parsed.ok && parsed.error?.code === 'INVALID_INPUT') statuses++;
      }
    }
    for (const body of bodies) expect([400, 200]).toContain((await invoke({ ...auth, origin }, body)).status);
    expect(statuses).toBe(METHOD_NAMES.length * 20);
    expect(databaseFingerprint(t.backend.ws.db)).toBe(before);
  });
});
