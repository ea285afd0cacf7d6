import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listReceiptsOf } from '../../../server/repositories/packageRepository';
import { revokeTokens } from '../../../server/repositories/tokenRepository';
import { createFaultProxy, type FaultProxy } from '../../../server/faults/createFaultProxy';
import { faultSequence } from '../../../server/faults/faultPlans';
import type { TestWorkspace } from '../../support/createTestWorkspace';
import { signCaseForTest, startSyncServerWithSigner, type TestSigner } from './support/signForTest';
import { REVIEWER, type SyncServerForTest } from './support/syncServerForTest';
import { openWorkspaceOf, syncedWorkspaceForTest } from './support/syncedWorkspaceForTest';

const uploads = (proxy: FaultProxy) => proxy.events.filter((e) => e.method === 'POST');

describe('sync engine retries', () => {
  let server: SyncServerForTest;
  let proxy: FaultProxy;
  let tw: TestWorkspace;
  let signer: TestSigner;

  beforeEach(async () => {
    ({ server, signer } = await startSyncServerWithSigner(signer));
    proxy = await createFaultProxy({ target: server.server.url, seed: 3 });
  });
  afterEach(async () => {
    tw?.dispose();
    await proxy.close();
    await server.stop();
  });

  it('retries an upload whose reply was lost and gets the original receipt, stored once, when the server had committed', async () => {
    const a = await server.assign(1);
    tw = await syncedWorkspaceForTest(proxy.url, server.token);
    await tw.call('sync.run', {});
    signCaseForTest(openWorkspaceOf(tw), a.caseId, signer);
    proxy.setPlan(
      faultSequence([{ kind: 'loseResponse' }, { kind: 'duplicate', concurrent: true }], (r) => r.method === 'POST'),
    );
    const status = await tw.call('sync.run', {});
    expect(status.lastError).toBeNull();
    expect(uploads(proxy).map((e) => e.fault.kind)).toEqual(['loseResponse', 'duplicate']);
    const stored = (await listReceiptsOf(server.adminDb().query, REVIEWER)).filter(
      (p) => p.receipt.caseId === a.caseId,
    );
    expect(stored).toHaveLength(1);
    expect(status.recentReceipts[0]?.receiptId).toBe(stored[0]?.receipt.receiptId);
  });

  it('backs off and retries after 500s and dropped uploads when the server recovers within the run', async () => {
    const a = await server.assign(1);
    tw = await syncedWorkspaceForTest(proxy.url, server.token);
    await tw.call('sync.run', {});
    signCaseForTest(openWorkspaceOf(tw), a.caseId, signer);
    proxy.setPlan(
      faultSequence([{ kind: 'status500' }, { kind: 'dropRequestBody', afterBytes: 1000 }], (r) => r.method === 'POST'),
    );
    const status = await tw.call('sync.run', {});
    expect(status.lastError).toBeNull();
    expect(uploads(proxy)).toHaveLength(3);
    expect(status.pendingUploads).toBe(0);
  });

  it('stops without retrying and asks to sign in again when the server answers 401', async () => {
    const a = await server.assign(1);
    tw = await syncedWorkspaceForTest(proxy.url, server.token);
    await tw.call('sync.run', {});
    signCaseForTest(openWorkspaceOf(tw), a.caseId, signer);
    await server.adminDb().write((tx) => revokeTokens(tx, REVIEWER, new Date().toISOString()));
    const before = proxy.events.length;
    const status = await tw.call('sync.run', {});
    expect(proxy.events.length - before).toBe(1);
    expect(status.needsSignIn).toBe(true);
    expect(status.lastError?.code).toBe('UNAUTHORIZED');
    expect(status.lastError?.message).toMatch(/Sign in again/);
    expect(status.pendingUploads).toBe(1);
    await expect(tw.call('sync.run', {})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(proxy.events.length - before).toBe(1);
  });

  it('resumes a record download with a Range request from the bytes already on disk when the connection dropped mid-download', async () => {
    const a = await server.assign(1, { recordBytes: 300_000 });
    proxy.setPlan(
      faultSequence([{ kind: 'dropResponse', afterBytes: 4000 }], (r) => r.path.startsWith('/v1/records/')),
    );
    tw = await syncedWorkspaceForTest(proxy.url, server.token);
    const status = await tw.call('sync.run', {});
    expect(status.lastError).toBeNull();
    const gets = proxy.events.filter((e) => e.path.startsWith('/v1/records/'));
    expect(gets).toHaveLength(2);
    expect(gets[0]?.outcome).toBe('cut');
    expect(gets[1]?.upstreamStatuses).toEqual([206]);
    expect(openWorkspaceOf(tw).store.has(a.shas[0]!)).toBe(true);
    const partials = join(tw.dataDir, 'sync-downloads');
    expect(existsSync(partials) ? readdirSync(partials) : []).toEqual([]);
  });

  it('keeps the partial file and finishes the download at the next sync when the whole run failed mid-download', async () => {
    const a = await server.assign(1, { recordBytes: 300_000 });
    const cut = { kind: 'dropResponse', afterBytes: 4000 } as const;
    proxy.setPlan(faultSequence([cut, cut, cut, cut], (r) => r.path.startsWith('/v1/records/')));
    tw = await syncedWorkspaceForTest(proxy.url, server.token);
    const first = await tw.call('sync.run', {});
    expect(first.lastError?.code).toBe('NETWORK');
    expect(readdirSync(join(tw.dataDir, 'sync-downloads'))).toEqual([`${a.shas[0]}.part`]);
    const second = await tw.call('sync.run', {});
    expect(second.lastError).toBeNull();
    expect(openWorkspaceOf(tw).store.has(a.shas[0]!)).toBe(true);
    expect(readdirSync(join(tw.dataDir, 'sync-downloads'))).toEqual([]);
  });
});
