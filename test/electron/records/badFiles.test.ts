import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCase } from '../../../electron/core/db/repositories/caseRepository';
import { createRecordJobs } from '../../../electron/core/records/createRecordJobs';
import { DEFAULT_IMPORT_LIMITS } from '../../../electron/core/records/importLimits';
import { caseFixture } from '../../support/caseFixture';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { buildRecordPdf } from './support/buildRecordPdf';
import { importFiles, waitForJob } from './support/importFiles';
import { medicalPages } from './support/medicalText';

const rowCounts = (t: TestWorkspace) => {
  const db = t.backend.ws.db;
  const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return { documents: count('documents'), pages: count('record_pages'), index: count('record_index') };
};

describe('records.import with bad files', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace();
    insertCase(t.backend.ws.db, caseFixture());
  });
  afterEach(() => t.dispose());

  it('gives each bad file its own message and still imports the good ones when a batch mixes them', async () => {
    const good = await buildRecordPdf(medicalPages(4));
    const truncated = good.subarray(0, Math.floor(good.byteLength / 2));
    const status = await importFiles(t, 'case-1', [
      { name: 'empty.pdf', bytes: new Uint8Array(0) },
      { name: 'good.pdf', bytes: good },
      { name: 'cut-off.pdf', bytes: truncated },
      { name: 'locked.pdf', bytes: await buildRecordPdf(['secret'], { passwordProtected: true }) },
      { name: 'letter.pdf', bytes: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 1)]) },
      { name: 'notes.pdf', bytes: Buffer.from('Just some text that someone renamed to .pdf') },
      {
        name: 'garbage.pdf',
        bytes: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nendobj\nxref\nnonsense\n%%EOF\n'),
      },
      { name: 'tool.exe', bytes: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0xff, 0xfe, 0x00]) },
    ]);
    const byName = Object.fromEntries(status.files.map((f) => [f.name, f]));
    expect(byName['good.pdf']).toMatchObject({ state: 'imported', pageCount: 4 });
    expect(byName['empty.pdf']!.message).toMatch(/is empty \(0 bytes\)/);
    expect(byName['cut-off.pdf']!.message).toMatch(/incomplete: the PDF ends early/);
    expect(byName['locked.pdf']!.message).toMatch(/password-protected/);
    expect(byName['letter.pdf']!.message).toMatch(/Word, Excel or ZIP file with a \.pdf name/);
    expect(byName['notes.pdf']!.message).toMatch(/named \.pdf but is not a PDF/);
    expect(byName['garbage.pdf']!.message).toMatch(/damaged|no pages|could not be read/);
    expect(byName['tool.exe']!.message).toMatch(/not a type the workstation reads/);
    for (const f of status.files.filter((x) => x.name !== 'good.pdf')) expect(f.state).toBe('failed');
    expect(rowCounts(t)).toEqual({ documents: 1, pages: 4, index: 1 });
  });

  it('refuses a file before it is sent when it is larger than the limit', async () => {
    const begin = await t.call('records.beginUpload', {
      name: 'huge.pdf',
      size: DEFAULT_IMPORT_LIMITS.maxFileBytes + 1,
    });
    expect(begin.accepted).toBe(false);
    expect(begin.message).toMatch(/too large to import \(\d+ MB; the limit is 300 MB\)/);
    const { jobId } = await t.call('records.import', { caseId: 'case-1', uploadIds: [begin.uploadId] });
    const status = await waitForJob(t, jobId);
    expect(status.files[0]).toMatchObject({ state: 'failed', message: begin.message });
    expect(rowCounts(t).documents).toBe(0);
  });

  it('kills the reader and reports the file when extraction stalls past the time limit', async () => {
    const jobs = createRecordJobs(t.backend.ws, { ...DEFAULT_IMPORT_LIMITS, stallMs: 1 });
    const slow = await buildRecordPdf(medicalPages(30));
    const jobId = jobs.startImport('case-1', [
      { name: 'slow.pdf', bytes: slow, problem: null },
      { name: 'note.txt', bytes: Buffer.from('A short typed note.'), problem: null },
    ]);
    const status = await jobs.settled(jobId);
    expect(status.files[0]).toMatchObject({ state: 'failed' });
    expect(status.files[0]!.message).toMatch(/took too long to read/);
    expect(status.files[1]).toMatchObject({ state: 'imported' });
    expect(rowCounts(t)).toEqual({ documents: 1, pages: 1, index: 1 });
  });
});

describe('records.uploadChunk', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace();
  });
  afterEach(() => t.dispose());

  it('refuses a chunk that arrives out of order or past the announced size', async () => {
    const { uploadId } = await t.call('records.beginUpload', { name: 'a.txt', size: 4 });
    await expect(
      t.call('records.uploadChunk', { uploadId, offset: 2, base64: Buffer.from('cd').toString('base64') }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await t.call('records.uploadChunk', { uploadId, offset: 0, base64: Buffer.from('ab').toString('base64') });
    await expect(
      t.call('records.uploadChunk', { uploadId, offset: 2, base64: Buffer.from('cdef').toString('base64') }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(t.call('records.uploadChunk', { uploadId: 'gone', offset: 0, base64: '' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
