import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Registrar } from '../../../electron/core/api/createRegistrar';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  protocols: new Map<string, (request: Request) => Response>(),
  privileged: [] as unknown[],
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (...args: unknown[]) => unknown) => electron.handlers.set(channel, handler),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Response) => electron.protocols.set(scheme, handler),
  },
}));

const { INVOKE_CHANNEL, registerIpc } = await import('../../../electron/main/registerIpc');
const { registerProtocols, registerSchemes } = await import('../../../electron/main/registerProtocols');

describe('electron main IPC and protocols', () => {
  let t: TestWorkspace;
  let documentId: string;
  const rendererDir = () => join(t.dataDir, 'renderer');

  beforeAll(async () => {
    t = await createTestWorkspace({ seedDemo: true });
    mkdirSync(join(rendererDir(), 'assets'), { recursive: true });
    writeFileSync(join(rendererDir(), 'index.html'), '<!doctype html>');
    writeFileSync(join(rendererDir(), 'assets', 'app.js'), 'export {};');
    registerIpc(t.backend.registrar);
    registerSchemes();
    registerProtocols(t.backend.ws, rendererDir());
    const [first] = await t.call('cases.list', {});
    documentId = (await t.call('cases.get', { caseId: first?.id ?? '' })).documents[0]?.id ?? '';
  }, 120_000);
  afterAll(() => t.dispose());

  const call = (senderFrame: unknown) =>
    electron.handlers.get(INVOKE_CHANNEL)?.({ senderFrame }, 'session.status', {}) as Promise<{
      ok: boolean;
      error?: { code: string };
    }>;

  it('answers only the top frame of an app:// page and refuses every other sender', async () => {
    expect((await call({ url: 'app://workstation/index.html', parent: null })).ok).toBe(true);
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://workstation/index.html', parent: {} },
      { url: 'app://workstation.evil/', parent: null },
      null,
      undefined,
    ]) {
      expect(await call(frame)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('does not reach the registrar for a refused sender', async () => {
    const invoke = vi.fn<Registrar['invoke']>();
    const before = electron.handlers.get(INVOKE_CHANNEL);
    registerIpc({ invoke });
    await electron.handlers.get(INVOKE_CHANNEL)?.(
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      'cases.list',
      {},
    );
    expect(invoke).not.toHaveBeenCalled();
    if (before) electron.handlers.set(INVOKE_CHANNEL, before);
  });

  it('registers the two schemes with no privilege beyond standard, secure, fetch, stream and (records only) CORS', () => {
    const allowed = new Set(['standard', 'secure', 'supportFetchAPI', 'stream']);
    for (const scheme of electron.privileged as { scheme: string; privileges: Record<string, boolean> }[]) {
      const extra = scheme.scheme === 'imr-record' ? ['corsEnabled'] : [];
      expect(Object.keys(scheme.privileges).filter((p) => !allowed.has(p))).toEqual(extra);
      expect(scheme.privileges).not.toHaveProperty('bypassCSP');
    }
    expect((electron.privileged as { scheme: string }[]).map((s) => s.scheme)).toEqual(['app', 'imr-record']);
  });

  it('serves app files with the CSP and nothing outside the renderer folder', async () => {
    const app = electron.protocols.get('app');
    const ok = app?.(new Request('app://workstation/assets/app.js'));
    expect(ok?.status).toBe(200);
    expect(ok?.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    for (const url of [
      'app://workstation/../workspace.db',
      'app://workstation/%2e%2e/workspace.key',
      'app://workstation/..%2f..%2fetc%2fpasswd',
    ]) {
      expect(app?.(new Request(url)).status).toBe(404);
    }
  });

  it('serves record ranges (the Range preflight included) with a sandboxing CSP, and 423 while the workstation is locked', async () => {
    const record = electron.protocols.get('imr-record');
    const res = record?.(new Request(`imr-record://record/${documentId}`, { headers: { range: 'bytes=0-9' } }));
    expect(res?.status).toBe(206);
    expect(res?.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(res?.headers.get('access-control-allow-origin')).toBe('app://workstation');
    expect(res?.headers.get('access-control-expose-headers')).toMatch(/Content-Range/);
    expect(Buffer.from(await (res as Response).arrayBuffer()).toString('latin1')).toMatch(/^%PDF-/);
    const preflight = record?.(
      new Request(`imr-record://record/${documentId}`, {
        method: 'OPTIONS',
        headers: { origin: 'app://workstation', 'access-control-request-headers': 'range' },
      }),
    );
    expect(preflight?.status).toBe(204);
    expect(preflight?.headers.get('access-control-allow-headers')).toMatch(/Range/);
    await t.call('session.lock', {});
    expect(record?.(new Request(`imr-record://record/${documentId}`)).status).toBe(423);
    await t.call('session.unlock', {});
  });
});
