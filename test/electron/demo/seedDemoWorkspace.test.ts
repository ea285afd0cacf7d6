import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSetting } from '../../../electron/core/db/repositories/settingsRepository';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';

describe('seedDemoWorkspace', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await createTestWorkspace({ seedDemo: true });
  });
  afterAll(() => t.dispose());

  it('creates at least 12 cases with records when the workspace is new', async () => {
    const cases = await t.call('cases.list', {});
    expect(cases.length).toBeGreaterThanOrEqual(12);
    const sample = cases.find((c) => c.caseNumber === 'CM14-0012345');
    expect(sample?.treatments).toEqual(['MRI Cervical', 'Cervical extension and flexion X-Ray']);
    const detail = await t.call('cases.get', { caseId: sample?.id ?? '' });
    expect(detail.documents.length).toBeGreaterThan(5);
  });

  it('makes the demo records searchable at once, down to page 37 of the long compilation', async () => {
    const sample = (await t.call('cases.list', { query: 'CM14-0012345' }))[0];
    const { hits } = await t.call('records.search', {
      caseId: sample?.id ?? '',
      query: '"mild left C6 radiculopathy"',
    });
    const detail = await t.call('cases.get', { caseId: sample?.id ?? '' });
    const compilation = detail.documents.find((d) => d.pageCount >= 60);
    expect(hits.some((h) => h.documentId === compilation?.id && h.page === 37)).toBe(true);
  });

  it('regenerates the demo when reset, dropping local edits', async () => {
    const sample = (await t.call('cases.list', { query: 'CM14-0012345' }))[0];
    const item = (await t.call('cases.get', { caseId: sample?.id ?? '' })).items[0];
    await t.call('determinations.saveItem', { caseId: sample?.id ?? '', itemId: item?.id ?? '', decision: 'upheld' });
    const { caseCount } = await t.call('demo.reset', { confirm: true });
    const after = await t.call('cases.list', {});
    expect(after.length).toBe(caseCount);
    expect(after.every((c) => c.decidedCount === 0 && c.status === 'assigned')).toBe(true);
  });

  it('refuses to reset and keeps every case when the workspace is connected to a sync server', async () => {
    const before = await t.call('cases.list', {});
    writeSetting(t.backend.ws.db, 'sync.server', { serverUrl: 'http://127.0.0.1:9', reviewerId: 'RVW-0001' });
    expect((await t.call('app.info', {})).workspaceKind).toBe('synced');
    await expect(t.call('demo.reset', { confirm: true })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await t.call('cases.list', {})).map((c) => c.id)).toEqual(before.map((c) => c.id));
  });
});
