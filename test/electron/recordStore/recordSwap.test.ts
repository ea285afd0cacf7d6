import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/log/logger';
import { createContentStore, locationOf } from '../../../electron/core/recordStore/contentStore';
import { encryptRecord, isBoundRecord } from '../../../electron/core/recordStore/encryptedRecordFormat';
import { recordFileProblem } from '../../../electron/core/recordStore/recordFileProblem';
import { deriveRecordKey } from '../../../electron/core/recordStore/recordKey';
import { reencryptRecordFiles } from '../../../electron/core/recordStore/reencryptRecordFiles';
import { readRecordRange } from '../../../electron/core/records/readRecordRange';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { tempDir } from '../../support/tempDir';
import { importFiles } from '../records/support/importFiles';
import { openWorkspaceOf } from '../sync/support/syncedWorkspaceForTest';

describe('record files bound to their identity', () => {
  let t: TestWorkspace | null = null;
  const dirs: { remove(): void }[] = [];
  afterEach(() => {
    t?.dispose();
    t = null;
    dirs.splice(0).forEach((d) => d.remove());
  });

  it('never serves one record as another when its encrypted file is copied over the other', async () => {
    t = await createTestWorkspace({ seedDemo: true });
    const [first] = await t.call('cases.list', {});
    const caseId = first!.id;
    await importFiles(t, caseId, [
      { name: 'psych-eval.txt', bytes: Buffer.from('Psychiatric evaluation: SECRET-A, history of depression.\n') },
      { name: 'pt-note.txt', bytes: Buffer.from('Physical therapy note B: range of motion improving.\n') },
    ]);
    const docs = await t.call('records.documents', { caseId });
    const a = docs.find((d) => d.title.startsWith('psych-eval'))!;
    const b = docs.find((d) => d.title.startsWith('pt-note'))!;
    const ws = openWorkspaceOf(t);
    // Someone with access to the folder but not the key swaps the files.
    copyFileSync(join(ws.store.root, locationOf(a.sha256)), join(ws.store.root, locationOf(b.sha256)));

    expect(() => ws.store.read(locationOf(b.sha256))).toThrow(expect.objectContaining({ code: 'BAD_FILE' }));
    expect(recordFileProblem(ws.store, locationOf(b.sha256))).toBe('is damaged or was changed outside the app');
    expect(() => readRecordRange(ws, b.id, undefined)).toThrow();
    const listed = (await t.call('records.documents', { caseId })).find((d) => d.id === b.id);
    expect(listed?.unavailable).toMatch(/damaged or was changed outside the app/);
    await expect(t.call('documents.setReviewed', { documentId: b.id, reviewed: true })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(ws.store.read(locationOf(a.sha256)).toString()).toContain('SECRET-A');
  });

  it('refuses an unbound file of the older format planted under another name, and upgrades a genuine one in place', () => {
    const dir = tempDir('imr-swap-');
    dirs.push(dir);
    const key = deriveRecordKey(Buffer.alloc(32, 9));
    const store = createContentStore(dir.path, [key]);
    const a = store.put(Buffer.from('record A: claimant psychiatric history'));
    const b = store.put(Buffer.from('record B: knee x-ray'));
    const genuine = store.put(Buffer.from('record C: written by an older version'));
    // The older format, without identity: a copy of A kept from before, and C as an older version wrote it.
    writeFileSync(
      join(dir.path, b.location),
      encryptRecord(Buffer.from('record A: claimant psychiatric history'), key),
    );
    writeFileSync(
      join(dir.path, genuine.location),
      encryptRecord(Buffer.from('record C: written by an older version'), key),
    );
    expect(() => store.read(b.location)).toThrow(expect.objectContaining({ code: 'BAD_FILE' }));

    reencryptRecordFiles(dir.path, [key], key, silentLogger);
    expect(isBoundRecord(readFileSync(join(dir.path, genuine.location)))).toBe(true);
    expect(store.read(genuine.location).toString()).toBe('record C: written by an older version');
    expect(() => store.read(b.location)).toThrow(expect.objectContaining({ code: 'BAD_FILE' }));
    expect(store.read(a.location).toString()).toContain('psychiatric');
  });
});
