import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../electron/core/db/migrate';
import { insertCase, insertDraft, insertItem, insertItemDetermination } from './support/legacyRows';
import { columnsOf, migratedDatabase, rowsOf, type MigratedDatabase } from './support/migratedDatabase';

const KEPT = ['cases', 'disputed_items', 'determination_drafts', 'determination_versions'];
const CHIP = {
  catalogId: 'mtus-acoem-2004-ch12-p303-304',
  family: 'mtus_acoem_2004',
  label: 'MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304',
  mtus: true,
  effectiveFrom: '2009-07-18',
  effectiveTo: '2017-11-30',
  bodyParts: ['low back'],
};

describe('migration 0013-item-citations-and-snippets', () => {
  let ws: MigratedDatabase;
  let before: unknown[][];
  let itemsBefore: unknown[];
  beforeEach(() => {
    ws = migratedDatabase(7);
    insertCase(ws.db, 'case-a', { caseNumber: 'CM26-0601301', status: 'in_progress' });
    insertItem(ws.db, 'item-1', 'case-a', 0, 'Repeat MRI of the lumbar spine');
    insertItem(ws.db, 'item-2', 'case-a', 1, 'Physical therapy, 12 sessions');
    insertDraft(ws.db, 'case-a', 4);
    insertItemDetermination(ws.db, 'item-1', 'case-a', 'upheld', 'Decision based on MTUS ACOEM Chapter 12.');
    before = KEPT.map((t) => rowsOf(ws.db, t));
    itemsBefore = rowsOf(ws.db, 'item_determinations');
  });
  afterEach(() => ws.dispose());

  const setStatus = (status: string) =>
    ws.db
      .prepare("update cases set status = ?, updated_at = '2026-11-04T08:00:00.000Z' where id = 'case-a'")
      .run(status);

  it('moves to version 13 and keeps every determination, with an empty citation list per item, when upgraded', () => {
    expect(ws.upgradeTo(13)).toEqual({ from: 7, to: 13, backupFile: null });
    expect(schemaVersion(ws.db)).toBe(13);
    // Columns that other migrations on the way add (0012's archived_at) may appear; none may change.
    expect(KEPT.map((t) => rowsOf(ws.db, t))).toMatchObject(before);
    expect(columnsOf(ws.db, 'item_determinations')).toContain('citations_json');
    expect(rowsOf(ws.db, 'item_determinations')).toEqual(
      itemsBefore.map((row) => ({ ...(row as object), citations_json: '[]' })),
    );
  });

  it("keeps each item's citation list in the version a status change takes", () => {
    ws.upgradeTo(13);
    ws.db
      .prepare("update item_determinations set citations_json = ? where item_id = 'item-1'")
      .run(JSON.stringify([CHIP]));
    setStatus('ready_to_sign');
    const version = ws.db
      .prepare("select reason, detail, content_json from determination_versions where case_id = 'case-a'")
      .get() as { reason: string; detail: string; content_json: string };
    expect(version).toMatchObject({ reason: 'status', detail: 'ready_to_sign' });
    const content = JSON.parse(version.content_json) as {
      items: Array<{ itemId: string; citationsJson: string | null }>;
    };
    expect(content.items.map((i) => [i.itemId, i.citationsJson === null ? null : JSON.parse(i.citationsJson)])).toEqual(
      [
        ['item-1', [CHIP]],
        ['item-2', null],
      ],
    );
  });

  it('stores snippets with a unique id and lists them by title regardless of case', () => {
    ws.upgradeTo(13);
    const add = (id: string, title: string) =>
      ws.db
        .prepare(
          "insert into snippets (id, title, keywords, body_json, created_at, updated_at) values (?, ?, '', '{\"type\":\"doc\"}', '2026-11-04T08:00:00.000Z', '2026-11-04T08:00:00.000Z')",
        )
        .run(id, title);
    add('s1', 'opioids: weaning');
    add('s2', 'MRI: no change');
    expect(() => add('s1', 'again')).toThrow(/UNIQUE constraint failed: snippets.id/);
    expect(ws.db.prepare('select id from snippets order by title collate nocase').all()).toEqual([
      { id: 's2' },
      { id: 's1' },
    ]);
  });
});
