import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCase } from '../../../electron/core/db/repositories/caseRepository';
import { insertDocument } from '../../../electron/core/db/repositories/documentRepository';
import { caseFixture } from '../../support/caseFixture';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { buildRecordPdf } from './support/buildRecordPdf';
import { importFiles, waitForJob } from './support/importFiles';

describe('records.rebuildIndex', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace();
    insertCase(t.backend.ws.db, caseFixture());
  });
  afterEach(() => t.dispose());

  const hits = async (query: string) =>
    (await t.call('records.search', { caseId: 'case-1', query })).hits.map((h) => h.page);

  it('restores every page from the stored file when the index was lost', async () => {
    await importFiles(t, 'case-1', [
      {
        name: 'ortho.pdf',
        bytes: await buildRecordPdf(['First page about the shoulder.', 'Second page: arthroscopy advised.']),
      },
    ]);
    const db = t.backend.ws.db;
    db.prepare('delete from record_pages').run();
    db.prepare('delete from record_index').run();
    expect(await hits('arthroscopy')).toEqual([]);
    expect((await t.call('records.documents', { caseId: 'case-1' }))[0]!.indexed).toBe(false);
    const { jobId } = await t.call('records.rebuildIndex', { caseId: 'case-1' });
    const status = await waitForJob(t, jobId);
    expect(status).toMatchObject({ kind: 'reindex', state: 'done', done: 2, total: 2 });
    expect(await hits('arthroscopy')).toEqual([2]);
    expect((await t.call('records.documents', { caseId: 'case-1' }))[0]).toMatchObject({ indexed: true, textPages: 2 });
  });

  it('indexes only documents that have no index yet when asked for the missing ones', async () => {
    await importFiles(t, 'case-1', [{ name: 'indexed.txt', bytes: Buffer.from('Already indexed page.') }]);
    const stored = t.backend.ws.store.put(await buildRecordPdf(['A record that arrived by sync, never indexed.']));
    insertDocument(t.backend.ws.db, {
      id: 'synced-doc',
      caseId: 'case-1',
      title: 'Synced record',
      docType: 'other',
      provider: '',
      serviceDate: null,
      sha256: stored.sha256,
      pageCount: 0,
      mimeType: 'application/pdf',
      sizeBytes: stored.size,
      fileLocation: stored.location,
      reviewed: false,
      importedAt: 'x',
    });
    const { jobId } = await t.call('records.rebuildIndex', { caseId: 'case-1', onlyMissing: true });
    const status = await waitForJob(t, jobId);
    expect(status.files.map((f) => [f.name, f.state])).toEqual([['Synced record', 'imported']]);
    expect(await hits('synced')).toEqual([1]);
    expect((await t.call('records.documents', { caseId: 'case-1' })).find((d) => d.id === 'synced-doc')).toMatchObject({
      pageCount: 1,
      indexed: true,
    });
  });

  it('reports a missing stored file and keeps the old pages when a file cannot be read', async () => {
    await importFiles(t, 'case-1', [{ name: 'gone.txt', bytes: Buffer.from('Page text that stays searchable.') }]);
    const [doc] = await t.call('records.documents', { caseId: 'case-1' });
    t.backend.ws.db.prepare('update documents set file_location = ? where id = ?').run(`ab/${'b'.repeat(64)}`, doc!.id);
    const status = await waitForJob(t, (await t.call('records.rebuildIndex', {})).jobId);
    expect(status.files[0]).toMatchObject({ state: 'failed' });
    expect(status.files[0]!.message).toMatch(/missing from the local store/);
    expect(await hits('searchable')).toEqual([1]);
  });

  it('lets a second job wait for a document another job is indexing instead of reading it twice', async () => {
    await importFiles(t, 'case-1', [
      { name: 'notes.pdf', bytes: await buildRecordPdf(['Page one: epidural injection.', 'Page two: follow-up.']) },
    ]);
    const db = t.backend.ws.db;
    db.prepare('delete from record_pages').run();
    db.prepare('delete from record_index').run();
    const first = (await t.call('records.rebuildIndex', { caseId: 'case-1', onlyMissing: true })).jobId;
    const second = (await t.call('records.rebuildIndex', { caseId: 'case-1', onlyMissing: true })).jobId;
    const [a, b] = await Promise.all([waitForJob(t, first), waitForJob(t, second)]);
    expect(a.files[0]).toMatchObject({ state: 'imported', pagesDone: 2 });
    expect(b.files[0]).toMatchObject({ state: 'imported', pagesDone: 2, message: '2 pages indexed' });
    expect(await hits('epidural')).toEqual([1]);
  });
});
