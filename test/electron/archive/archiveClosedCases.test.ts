import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents } from '../../../electron/core/db/repositories/auditRepository';
import { verifyPackageDir } from '../../../electron/core/packages/verifyPackageDir';
import { fixedClock } from '../../../electron/core/workspace/clock';
import { waitForJob } from '../records/support/importFiles';
import { completeDetermination, openSampleCase, type SampleCase } from '../../support/sampleCase';
import { tempDir } from '../../support/tempDir';
import { createTestWorkspace } from '../../support/createTestWorkspace';

const SIGNED_AT = '2026-11-24T09:00:00.000Z';
const LATER = '2027-12-01T09:00:00.000Z';
const PASSPHRASE = 'archive test passphrase';

describe('archiving closed cases', () => {
  let s: SampleCase;
  const out = tempDir('imr-archive-export-');
  const db = () => s.t.backend.ws.db;
  const pagesOf = (caseId: string) =>
    (
      db()
        .prepare(
          'select count(*) as n from record_pages p join documents d on d.id = p.document_id where d.case_id = ?',
        )
        .get(caseId) as { n: number }
    ).n;
  const inbox = async () => (await s.t.call('cases.list', {})).map((c) => c.id);
  let withdrawn: string[] = [];

  beforeAll(async () => {
    s = await openSampleCase({ clock: fixedClock(SIGNED_AT) });
    await completeDetermination(s);
    await s.t.call('determinations.sign', { caseId: s.caseId, passphrase: PASSPHRASE });
    // Five more cases the server withdrew back then, and one closed only a month before the later day.
    withdrawn = (await s.t.call('cases.list', { view: 'open' })).slice(0, 6).map((c) => c.id);
    const close = db().prepare("update cases set status = 'withdrawn', updated_at = ? where id = ?");
    withdrawn.forEach((id, i) => close.run(i === 5 ? '2027-11-01T00:00:00.000Z' : SIGNED_AT, id));
    await s.t.restart({ clock: fixedClock(LATER) });
  }, 120_000);
  afterAll(() => {
    s?.t.dispose();
    out.remove();
  });

  it('counts the closed cases past the retention time before anything is archived', async () => {
    const { policy, eligible, cutoff } = await s.t.call('archive.policy', {});
    expect(policy).toEqual({ retentionDays: 365, keepRecordText: true });
    expect(cutoff).toBe('2026-12-01T09:00:00.000Z');
    expect(eligible).toBe(6);
  });

  it('takes them out of the inbox, keeps their text searchable and their signed package verifiable', async () => {
    const pagesBefore = pagesOf(s.caseId);
    const outcome = await s.t.call('archive.run', { confirm: true });
    expect(outcome).toMatchObject({ archived: 6, pagesDropped: 0 });
    expect(await inbox()).not.toContain(s.caseId);
    expect(await inbox()).toContain(withdrawn[5]);
    const archived = await s.t.call('cases.list', { view: 'archived' });
    expect(archived.map((c) => c.id).sort()).toEqual([s.caseId, ...withdrawn.slice(0, 5)].sort());
    expect(await s.t.call('cases.count', {})).toMatchObject({ archived: 6 });

    expect(pagesOf(s.caseId)).toBe(pagesBefore);
    expect((await s.t.call('records.search', { caseId: s.caseId, query: 'cervical' })).total).toBeGreaterThan(0);
    const exported = await s.t.call('determinations.exportPackage', {
      caseId: s.caseId,
      targetDir: join(out.path, 'pkg'),
    });
    expect((await verifyPackageDir(exported.dir)).valid).toBe(true);
    expect((await s.t.call('cases.get', { caseId: s.caseId })).case.status).toBe('signed');
    const events = listAuditEvents(db()).filter((e) => e.action === 'cases.archived');
    expect(events.map((e) => JSON.parse(e.details_json) as unknown)).toEqual([
      { count: 6, cutoff: '2026-12-01T09:00:00.000Z', recordTextDropped: false, pagesDropped: 0 },
    ]);
    expect((await s.t.call('audit.verify', {})).ok).toBe(true);
  });

  it('drops the text of newly archived cases when the policy says so, shrinks the file, and re-index brings it back', async () => {
    await s.t.call('archive.setPolicy', { policy: { retentionDays: 30, keepRecordText: false } });
    const last = withdrawn[5] ?? '';
    const pages = pagesOf(last);
    expect(pages).toBeGreaterThan(0);
    // An older workspace without incremental auto-vacuum is converted on the way.
    db().pragma('auto_vacuum = none');
    db().exec('vacuum');

    const outcome = await s.t.call('archive.run', { confirm: true });
    expect(outcome.archived).toBe(1);
    expect(outcome.pagesDropped).toBe(pages);
    expect(outcome.fileBytesAfter).toBeLessThan(outcome.fileBytesBefore);
    expect(db().pragma('auto_vacuum', { simple: true })).toBe(2);
    expect(pagesOf(last)).toBe(0);
    expect((await s.t.call('records.search', { caseId: last, query: 'patient' })).total).toBe(0);

    // Re-indexing everything leaves archived cases alone; re-indexing that case restores its search.
    await waitForJob(s.t, (await s.t.call('records.rebuildIndex', { onlyMissing: true })).jobId, 120_000);
    expect(pagesOf(last)).toBe(0);
    await waitForJob(s.t, (await s.t.call('records.rebuildIndex', { caseId: last })).jobId, 120_000);
    expect(pagesOf(last)).toBe(pages);
  }, 180_000);

  it('brings a signed case back to the inbox when a new version of its determination is started', async () => {
    await s.t.call('determinations.newVersion', { caseId: s.caseId });
    expect(await inbox()).toContain(s.caseId);
    expect((await s.t.call('cases.list', { view: 'archived' })).map((c) => c.id)).not.toContain(s.caseId);
  });

  it('creates new workspaces with incremental auto-vacuum', async () => {
    const fresh = await createTestWorkspace();
    try {
      expect(fresh.backend.ws.db.pragma('auto_vacuum', { simple: true })).toBe(2);
    } finally {
      fresh.dispose();
    }
  });
});
