import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDocuments } from '../../../electron/core/db/repositories/documentRepository';
import { locationOf } from '../../../electron/core/recordStore/contentStore';
import type { BackendEvent } from '../../../shared/ipc/backendEvents';
import type { TestWorkspace } from '../../support/createTestWorkspace';
import { assignCase } from '../../../server/assignments/assignCase';
import {
  REVIEWER,
  startSyncServerForTest,
  syntheticCaseFolder,
  type SyncServerForTest,
} from './support/syncServerForTest';
import { openWorkspaceOf, syncedWorkspaceForTest } from './support/syncedWorkspaceForTest';

const waitFor = async (check: () => boolean, ms = 20_000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('the back end tells the window what a background sync changed', () => {
  let server: SyncServerForTest;
  let tw: TestWorkspace;
  const events: BackendEvent[] = [];
  let stop: () => void = () => undefined;

  beforeEach(async () => {
    server = await startSyncServerForTest();
    events.length = 0;
  });
  afterEach(async () => {
    stop();
    tw?.dispose();
    await server.stop();
  });

  it('announces new cases, each record as it arrives, its indexing, and the run itself', async () => {
    const folder = syntheticCaseFolder(1, 2, 100);
    folder.files = folder.files.map((f, i) => ({
      ...f,
      bytes: Buffer.from(`Progress note ${i + 1}\nLow back pain, improving with therapy.\n`),
    }));
    const a = await assignCase(server.server.db, server.storage(), REVIEWER, folder, new Date());
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    stop = tw.backend.events.subscribe((e) => events.push(e));
    await tw.call('sync.run', {});
    const ws = openWorkspaceOf(tw);
    const docIds = listDocuments(ws.db, a.caseId).map((d) => d.id);

    expect(events[0]).toEqual({ type: 'sync.changed', reason: 'run' });
    expect(events).toContainEqual({ type: 'cases.changed', caseIds: [] });
    const announced = () =>
      events.flatMap((e) => (e.type === 'records.changed' && e.caseId === a.caseId ? e.documentIds : []));
    const runEnded = events.findLastIndex((e) => e.type === 'sync.changed');
    const beforeEnd = events.slice(0, runEnded).flatMap((e) => (e.type === 'records.changed' ? e.documentIds : []));
    expect([...beforeEnd].sort()).toEqual([...docIds].sort());
    // The new records are indexed after the run; each indexed document is announced again on its own.
    await waitFor(() => docIds.every((id) => announced().filter((x) => x === id).length >= 2));
    const documents = await tw.call('records.documents', { caseId: a.caseId });
    expect(documents.every((d) => d.indexed && d.unavailable === null)).toBe(true);
  });

  it('announces a record downloaded again after it went missing, for the case that lists it', async () => {
    const a = await server.assign(2, { records: 1 });
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    await tw.call('sync.run', {});
    const ws = openWorkspaceOf(tw);
    rmSync(join(ws.store.root, locationOf(a.shas[0]!)));
    const [doc] = await tw.call('records.documents', { caseId: a.caseId });
    expect(doc?.unavailable).toBe('Its file has not been downloaded yet.');
    stop = tw.backend.events.subscribe((e) => events.push(e));
    await tw.call('sync.run', {});
    expect(events).toContainEqual({ type: 'records.changed', caseId: a.caseId, documentIds: [doc!.id] });
    expect((await tw.call('records.documents', { caseId: a.caseId }))[0]?.unavailable).toBeNull();
  });
});
