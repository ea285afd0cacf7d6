import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCase } from '../../../electron/core/db/repositories/caseRepository';
import { insertItem } from '../../../electron/core/db/repositories/itemRepository';
import { caseFixture } from '../../support/caseFixture';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';

describe('cases.list', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace();
    const db = t.backend.ws.db;
    insertCase(
      db,
      caseFixture({
        id: 'a',
        caseNumber: 'CM14-0000001',
        claimantName: 'Ana Example',
        priority: 'expedited',
        dueDate: '2026-11-25',
      }),
    );
    insertCase(
      db,
      caseFixture({ id: 'b', caseNumber: 'CM14-0000002', claimantName: 'Bo Sample', dueDate: '2026-11-20' }),
    );
    insertItem(db, {
      id: 'a1',
      caseId: 'a',
      position: 0,
      requestedTreatment: 'Lumbar epidural steroid injection',
      urDecision: 'denied',
      caGuideline: '',
    });
    insertItem(db, {
      id: 'b1',
      caseId: 'b',
      position: 0,
      requestedTreatment: 'MRI Cervical',
      urDecision: 'denied',
      caGuideline: '',
    });
    insertItem(db, {
      id: 'b2',
      caseId: 'b',
      position: 1,
      requestedTreatment: 'Physical therapy x12',
      urDecision: 'modified',
      caGuideline: '',
    });
  });
  afterEach(() => t.dispose());

  it('lists every case by due date with its treatments and decided count', async () => {
    await t.call('determinations.saveItem', { caseId: 'b', itemId: 'b1', decision: 'upheld' });
    const list = await t.call('cases.list', {});
    expect(list.map((c) => [c.caseNumber, c.itemCount, c.decidedCount])).toEqual([
      ['CM14-0000002', 2, 1],
      ['CM14-0000001', 1, 0],
    ]);
    expect(list[0]?.status).toBe('in_progress');
  });

  it('finds cases by case number, claimant or treatment, case-insensitively', async () => {
    expect((await t.call('cases.list', { query: '0000001' })).map((c) => c.id)).toEqual(['a']);
    expect((await t.call('cases.list', { query: 'bo sam' })).map((c) => c.id)).toEqual(['b']);
    expect((await t.call('cases.list', { query: 'epidural' })).map((c) => c.id)).toEqual(['a']);
    expect(await t.call('cases.list', { query: 'knee arthroscopy' })).toEqual([]);
  });

  it('lists open work first by due date, then closed cases latest first, and leaves archived ones out', async () => {
    const db = t.backend.ws.db;
    insertCase(db, caseFixture({ id: 'old', caseNumber: 'CM24-0000003', status: 'uploaded', dueDate: '2024-03-01' }));
    insertCase(
      db,
      caseFixture({ id: 'recent', caseNumber: 'CM26-0000004', status: 'withdrawn', dueDate: '2026-10-01' }),
    );
    insertCase(db, caseFixture({ id: 'gone', caseNumber: 'CM23-0000005', status: 'uploaded', dueDate: '2023-01-01' }));
    db.prepare("update cases set archived_at = '2026-11-01T00:00:00.000Z' where id = 'gone'").run();

    expect((await t.call('cases.list', {})).map((c) => c.id)).toEqual(['b', 'a', 'recent', 'old']);
    expect((await t.call('cases.list', { view: 'open' })).map((c) => c.id)).toEqual(['b', 'a']);
    expect(await t.call('cases.list', { view: 'archived' })).toEqual([
      expect.objectContaining({ id: 'gone', archivedAt: '2026-11-01T00:00:00.000Z' }),
    ]);
    expect(await t.call('cases.count', {})).toEqual({ open: 2, closed: 2, archived: 1 });
  });

  it('gives the list page by page in the same order, with or without a search', async () => {
    const db = t.backend.ws.db;
    for (let i = 0; i < 7; i++)
      insertCase(
        db,
        caseFixture({
          id: `p${i}`,
          caseNumber: `CM25-000010${i}`,
          status: i % 2 ? 'uploaded' : 'assigned',
          dueDate: `2026-10-0${i + 1}`,
        }),
      );
    const all = (await t.call('cases.list', {})).map((c) => c.id);
    const pages = [];
    for (let offset = 0; offset < all.length; offset += 3)
      pages.push(...(await t.call('cases.list', { offset, limit: 3 })).map((c) => c.id));
    expect(pages).toEqual(all);
    const searched = (await t.call('cases.list', { query: 'CM25' })).map((c) => c.id);
    expect((await t.call('cases.list', { query: 'CM25', offset: 2, limit: 2 })).map((c) => c.id)).toEqual(
      searched.slice(2, 4),
    );
  });

  it('filters by priority and status', async () => {
    expect((await t.call('cases.list', { priority: 'expedited' })).map((c) => c.id)).toEqual(['a']);
    expect((await t.call('cases.list', { status: 'in_progress' })).map((c) => c.id)).toEqual([]);
  });
});

describe('determinations', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace();
    insertCase(t.backend.ws.db, caseFixture({ id: 'c' }));
    insertItem(t.backend.ws.db, {
      id: 'i',
      caseId: 'c',
      position: 0,
      requestedTreatment: 'MRI Cervical',
      urDecision: 'denied',
      caGuideline: 'MTUS ACOEM Chapter 8',
    });
  });
  afterEach(() => t.dispose());

  it('pre-fills the claims administrator guideline from the UR denial when nothing is saved yet', async () => {
    const draft = await t.call('determinations.get', { caseId: 'c' });
    expect(draft.items).toEqual([
      expect.objectContaining({ itemId: 'i', decision: 'undecided', caGuideline: 'MTUS ACOEM Chapter 8' }),
    ]);
  });

  it('keeps every saved field across a restart and bumps the revision on each save', async () => {
    const rationale = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Not medically necessary.' }] }],
    };
    const first = await t.call('determinations.saveItem', { caseId: 'c', itemId: 'i', decision: 'upheld' });
    const second = await t.call('determinations.saveItem', { caseId: 'c', itemId: 'i', rationale });
    expect(second.revision).toBe(first.revision + 1);
    await t.restart();
    const draft = await t.call('determinations.get', { caseId: 'c' });
    expect(draft.items[0]).toMatchObject({ decision: 'upheld', caGuideline: 'MTUS ACOEM Chapter 8', rationale });
  });

  it('reports DRAFT_INVALID instead of dropping a damaged stored draft', async () => {
    await t.call('determinations.saveItem', { caseId: 'c', itemId: 'i', decision: 'upheld' });
    t.backend.ws.db.prepare('update item_determinations set rationale_json = \'{"type":"paragraph"}\'').run();
    await expect(t.call('determinations.get', { caseId: 'c' })).rejects.toMatchObject({ code: 'DRAFT_INVALID' });
    expect(t.backend.ws.db.prepare('select rationale_json from item_determinations').get()).toEqual({
      rationale_json: '{"type":"paragraph"}',
    });
  });

  it('refuses an item from another case with NOT_FOUND', async () => {
    await expect(
      t.call('determinations.saveItem', { caseId: 'c', itemId: 'nope', decision: 'upheld' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
