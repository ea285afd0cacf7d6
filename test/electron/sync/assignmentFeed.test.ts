import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSyncState } from '../../../electron/core/db/repositories/syncStateRepository';
import type { TestWorkspace } from '../../support/createTestWorkspace';
import { signCaseForTest, startSyncServerWithSigner, type TestSigner } from './support/signForTest';
import { caseNumberOf, OTHER_REVIEWER, type SyncServerForTest } from './support/syncServerForTest';
import { openWorkspaceOf, syncedWorkspaceForTest } from './support/syncedWorkspaceForTest';

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('assignment feed', () => {
  let server: SyncServerForTest;
  let tw: TestWorkspace;
  let signer: TestSigner;

  beforeEach(async () => {
    ({ server, signer } = await startSyncServerWithSigner(signer));
  });
  afterEach(async () => {
    tw?.dispose();
    await server.stop();
  });

  const numbers = async () => (await tw.call('cases.list', {})).map((c) => c.caseNumber).sort();

  it('keeps and flags a withdrawn case that has a draft, and removes one without work, when the server withdraws both', async () => {
    const kept = await server.assign(1);
    await server.assign(2);
    await server.assign(3);
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    await tw.call('sync.run', {});
    await tw.call('determinations.saveSummary', { caseId: kept.caseId, summary: paragraph('My draft summary') });
    await server.withdraw(1, 'The claim settled.');
    await server.withdraw(2);
    const status = await tw.call('sync.run', {});
    expect(status.lastError).toBeNull();
    expect(await numbers()).toEqual([caseNumberOf(1), caseNumberOf(3)]);
    expect((await tw.call('cases.get', { caseId: kept.caseId })).case.status).toBe('withdrawn');
    expect(status.flaggedCases).toEqual([expect.objectContaining({ caseId: kept.caseId, kind: 'withdrawn' })]);
    expect(status.flaggedCases[0]?.message).toMatch(/withdrawn .*The claim settled.*draft is kept/);
    const draft = await tw.call('determinations.get', { caseId: kept.caseId });
    expect(JSON.stringify(draft.summary)).toContain('My draft summary');
  });

  it('flags a case with a signed, not yet uploaded determination when it is reassigned, and keeps its outbox row', async () => {
    const a = await server.assign(1);
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    await tw.call('sync.run', {});
    signCaseForTest(openWorkspaceOf(tw), a.caseId, signer);
    await server.assign(1, { reviewerId: OTHER_REVIEWER });
    const status = await tw.call('sync.run', {});
    expect(status.flaggedCases.map((f) => f.kind)).toEqual(['reassigned']);
    expect(status.pendingUploads).toBe(1);
    expect(status.uploadProblems).toEqual([expect.objectContaining({ caseNumber: a.caseNumber })]);
    expect((await tw.call('cases.get', { caseId: a.caseId })).case.status).toBe('withdrawn');
  });

  it('reinstates a flagged case with its draft when the server assigns it again', async () => {
    const a = await server.assign(1);
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    await tw.call('sync.run', {});
    await tw.call('determinations.saveSummary', { caseId: a.caseId, summary: paragraph('Draft') });
    await server.withdraw(1);
    await tw.call('sync.run', {});
    await server.assign(1);
    const status = await tw.call('sync.run', {});
    expect(status.flaggedCases).toEqual([]);
    expect((await tw.call('cases.get', { caseId: a.caseId })).case.status).toBe('in_progress');
  });

  it('advances the cursor page by page and applies later assignments incrementally when syncing again', async () => {
    for (let n = 1; n <= 120; n++) await server.assign(n, { recordBytes: 64 });
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    await tw.call('sync.run', {});
    const cursor = readSyncState(openWorkspaceOf(tw).db).cursor;
    expect(cursor).not.toBeNull();
    await server.assign(121, { recordBytes: 64 });
    const status = await tw.call('sync.run', {});
    expect(status.lastRun).toMatchObject({ fullResync: false, casesUpdated: 1 });
    expect(readSyncState(openWorkspaceOf(tw).db).cursor).not.toBe(cursor);
    expect(await numbers()).toHaveLength(121);
  });

  it('does a full resync that keeps drafts and drops cases the server no longer lists when the cursor is refused with 410', async () => {
    const drafted = await server.assign(1);
    for (let n = 2; n <= 6; n++) await server.assign(n);
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    await tw.call('sync.run', {});
    await tw.call('determinations.saveSummary', { caseId: drafted.caseId, summary: paragraph('Keep me') });
    await server.withdraw(6);
    await server.compact();
    await server.assign(7);
    const status = await tw.call('sync.run', {});
    expect(status.lastError).toBeNull();
    expect(status.lastRun?.fullResync).toBe(true);
    expect(await numbers()).toEqual([1, 2, 3, 4, 5, 7].map(caseNumberOf));
    expect(JSON.stringify((await tw.call('determinations.get', { caseId: drafted.caseId })).summary)).toContain(
      'Keep me',
    );
  });

  it('reads a multi-page full resync to the end when the server compacted its history (server cursor fix)', async () => {
    for (let n = 1; n <= 60; n++) await server.assign(n, { recordBytes: 64 });
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    await tw.call('sync.run', {});
    for (let n = 1; n <= 60; n++) await server.assign(n, { recordBytes: 64 });
    await server.withdraw(60);
    await server.compact();
    const status = await tw.call('sync.run', {});
    expect(status.lastError).toBeNull();
    expect(status.lastRun).toMatchObject({ fullResync: true, casesRemoved: 1 });
    expect(await numbers()).toHaveLength(59);
  });

  it('refuses a resync that would remove more than half the local cases, changes nothing, and applies it when told to', async () => {
    for (let n = 1; n <= 6; n++) await server.assign(n);
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    await tw.call('sync.run', {});
    const cursor = readSyncState(openWorkspaceOf(tw).db).cursor;
    for (let n = 1; n <= 4; n++) await server.withdraw(n);
    await server.compact();
    const refused = await tw.call('sync.run', {});
    expect(refused.failSafe).toEqual({ removals: 4, localCases: 6, casesWithUnsentWork: [] });
    expect(refused.lastError?.message).toMatch(
      /Sync stopped to protect your work: .*remove 4 of the 6 cases.*Nothing was changed/,
    );
    expect(await numbers()).toHaveLength(6);
    expect(readSyncState(openWorkspaceOf(tw).db).cursor).toBe(cursor);
    const applied = await tw.call('sync.run', { acceptRemovals: true });
    expect(applied.failSafe).toBeNull();
    expect(applied.lastError).toBeNull();
    expect(await numbers()).toEqual([caseNumberOf(5), caseNumberOf(6)]);
  });

  it('refuses a resync that drops a case with unsent work, and keeps it flagged when told to apply', async () => {
    const a = await server.assign(1);
    for (let n = 2; n <= 4; n++) await server.assign(n);
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    await tw.call('sync.run', {});
    await tw.call('determinations.saveSummary', { caseId: a.caseId, summary: paragraph('Unsigned edits') });
    await server.withdraw(1);
    await server.compact();
    const refused = await tw.call('sync.run', {});
    expect(refused.failSafe?.casesWithUnsentWork).toEqual([a.caseNumber]);
    expect((await tw.call('cases.get', { caseId: a.caseId })).case.status).toBe('in_progress');
    const applied = await tw.call('sync.run', { acceptRemovals: true });
    expect(applied.flaggedCases).toEqual([expect.objectContaining({ caseId: a.caseId, kind: 'removed' })]);
    expect(await numbers()).toHaveLength(4);
  });
});
