import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCase } from '../../../electron/core/db/repositories/caseRepository';
import { caseFixture } from '../../support/caseFixture';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { buildRecordPdf } from './support/buildRecordPdf';
import { startImport, waitForJob } from './support/importFiles';
import { medicalPages } from './support/medicalText';

describe('records.cancelImport', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace();
    insertCase(t.backend.ws.db, caseFixture());
  });
  afterEach(() => t.dispose());

  it('keeps finished files and leaves no rows of the file being read when cancelled mid-file', async () => {
    const small = Buffer.from('A finished typed note.');
    const big = await buildRecordPdf(medicalPages(400));
    const jobId = await startImport(t, 'case-1', [
      { name: 'first.txt', bytes: small },
      { name: 'big.pdf', bytes: big },
      { name: 'never.txt', bytes: Buffer.from('Queued behind the big file.') },
    ]);
    for (;;) {
      const s = await t.call('records.importStatus', { jobId });
      if (s.files[1]!.pagesDone > 0) break;
      if (s.state !== 'running') throw new Error('The job ended before it could be cancelled');
      await new Promise((r) => setTimeout(r, 5));
    }
    const during = await t.call('records.importStatus', { jobId });
    expect(during.done).toBeLessThan(during.total);
    await t.call('records.cancelImport', { jobId });
    const status = await waitForJob(t, jobId);
    expect(status.state).toBe('cancelled');
    expect(status.files.map((f) => f.state)).toEqual(['imported', 'cancelled', 'cancelled']);
    const docs = await t.call('records.documents', { caseId: 'case-1' });
    expect(docs.map((d) => d.title)).toEqual(['first']);
    const pages = t.backend.ws.db.prepare('select count(*) as n from record_pages').get() as { n: number };
    expect(pages.n).toBe(1);
  });

  it('reports the job unchanged when it is cancelled after it finished', async () => {
    const jobId = await startImport(t, 'case-1', [{ name: 'a.txt', bytes: Buffer.from('Done already.') }]);
    const done = await waitForJob(t, jobId);
    expect(await t.call('records.cancelImport', { jobId })).toEqual(done);
  });
});
