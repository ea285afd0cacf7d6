import { rmSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locationOf } from '../../../electron/core/recordStore/contentStore';
import type { TestWorkspace } from '../../support/createTestWorkspace';
import { startSyncServerForTest, type SyncServerForTest } from '../sync/support/syncServerForTest';
import { openWorkspaceOf, syncedWorkspaceForTest } from '../sync/support/syncedWorkspaceForTest';

describe('a document whose file is not here cannot be marked reviewed', () => {
  let server: SyncServerForTest;
  let tw: TestWorkspace;
  beforeEach(async () => {
    server = await startSyncServerForTest();
  });
  afterEach(async () => {
    tw?.dispose();
    await server.stop();
  });

  it('refuses the tick for a record that never downloaded, explains why, and accepts it once it arrived', async () => {
    const a = await server.assign(1, { records: 1 });
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    await tw.call('sync.run', {});
    const store = openWorkspaceOf(tw).store;
    rmSync(join(store.root, locationOf(a.shas[0]!)));
    const [doc] = await tw.call('records.documents', { caseId: a.caseId });

    await expect(tw.call('documents.setReviewed', { documentId: doc!.id, reviewed: true })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /cannot be marked reviewed: its file has not been downloaded yet.*Sync to download it/,
      ),
    });
    const checks = await tw.call('checks.run', { caseId: a.caseId });
    expect(checks.findings.find((f) => f.code === 'DOCUMENT_NOT_REVIEWED')?.message).toMatch(/Sync to download it/);
    expect((await tw.call('records.documents', { caseId: a.caseId }))[0]?.reviewed).toBe(false);

    await tw.call('sync.run', {});
    expect((await tw.call('documents.setReviewed', { documentId: doc!.id, reviewed: true })).reviewed).toBe(true);
    const after = await tw.call('checks.run', { caseId: a.caseId });
    expect(after.findings.filter((f) => f.code.startsWith('DOCUMENT_'))).toEqual([]);
  });

  it('keeps signing blocked when a document ticked reviewed has lost its file or it was damaged', async () => {
    const a = await server.assign(2, { records: 2 });
    tw = await syncedWorkspaceForTest(server.server.url, server.token);
    await tw.call('sync.run', {});
    const docs = await tw.call('records.documents', { caseId: a.caseId });
    for (const d of docs) await tw.call('documents.setReviewed', { documentId: d.id, reviewed: true });
    const store = openWorkspaceOf(tw).store;
    const [gone, damaged] = docs;
    rmSync(join(store.root, locationOf(gone!.sha256)));
    const path = join(store.root, locationOf(damaged!.sha256));
    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    writeFileSync(path, bytes);

    const run = await tw.call('checks.run', { caseId: a.caseId });
    const unavailable = run.findings.filter((f) => f.code === 'DOCUMENT_UNAVAILABLE');
    expect(unavailable.map((f) => f.target)).toEqual(
      expect.arrayContaining([
        { kind: 'document', documentId: gone!.id },
        { kind: 'document', documentId: damaged!.id },
      ]),
    );
    expect(unavailable.every((f) => f.severity === 'error' && run.blockerKeys.includes(f.key))).toBe(true);
    expect(unavailable[0]?.message).toMatch(/marked reviewed, but its file is not here or does not open/);
  });
});
