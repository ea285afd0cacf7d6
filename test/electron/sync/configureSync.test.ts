import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSetting } from '../../../electron/core/db/repositories/settingsRepository';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { REVIEWER, startSyncServerForTest, type SyncServerForTest } from './support/syncServerForTest';
import { fastSyncOptions, openWorkspaceOf } from './support/syncedWorkspaceForTest';

describe('sync.configure', () => {
  let server: SyncServerForTest;
  let tw: TestWorkspace;

  beforeEach(async () => {
    server = await startSyncServerForTest();
    tw = await createTestWorkspace({ seedDemo: true, syncOptions: fastSyncOptions() });
  });
  afterEach(async () => {
    tw.dispose();
    await server.stop();
  });

  it('explains how to connect and reports no error when the demo workspace has no server', async () => {
    const status = await tw.call('sync.status', {});
    expect(status).toMatchObject({
      configured: false,
      serverUrl: null,
      reviewer: null,
      needsSignIn: false,
      lastError: null,
      pendingUploads: 0,
    });
    await expect(tw.call('sync.run', {})).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/Open Sync settings and sign in/),
    });
  });

  it('saves nothing and says so when the token is wrong', async () => {
    await expect(
      tw.call('sync.configure', { serverUrl: server.server.url, token: 'imr_not-a-real-token' }),
    ).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: expect.stringMatching(/did not accept this token/),
    });
    expect(readSetting(openWorkspaceOf(tw).db, 'sync.server')).toBeUndefined();
    expect((await tw.call('cases.list', {})).length).toBeGreaterThan(0);
  });

  it('refuses plain http to another machine and addresses with credentials', async () => {
    await expect(
      tw.call('sync.configure', { serverUrl: 'http://sync.example.org', token: server.token }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/https/) });
    await expect(tw.call('sync.configure', { serverUrl: 'not a url', token: server.token })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('signs in, names the reviewer and replaces the demo cases with the assigned ones when the token is accepted', async () => {
    await server.assign(1);
    const status = await tw.call('sync.configure', { serverUrl: `${server.server.url}/`, token: server.token });
    expect(status).toMatchObject({
      configured: true,
      serverUrl: server.server.url,
      reviewer: { reviewerId: REVIEWER, displayName: 'Dr. Test Reviewer' },
      needsSignIn: false,
    });
    expect(await tw.call('cases.list', {})).toEqual([]);
    await tw.call('sync.run', {});
    expect((await tw.call('cases.list', {})).map((c) => c.caseNumber)).toEqual(['CM15-0000001']);
  });

  it('forgets the token but keeps cases when signing out', async () => {
    await server.assign(1);
    await tw.call('sync.configure', { serverUrl: server.server.url, token: server.token });
    await tw.call('sync.run', {});
    const status = await tw.call('sync.signOut', {});
    expect(status).toMatchObject({ configured: true, reviewer: null, needsSignIn: true });
    expect(await tw.call('cases.list', {})).toHaveLength(1);
    await expect(tw.call('sync.run', {})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
