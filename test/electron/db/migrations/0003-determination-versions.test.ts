import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../electron/core/db/migrate';
import { draftContentSchema } from '../../../../electron/core/determinations/draftContent';
import { insertCase, insertDraft, insertItem, insertItemDetermination, RICH_TEXT } from './support/legacyRows';
import { migratedDatabase, rowsOf, type MigratedDatabase } from './support/migratedDatabase';

const KEPT = ['cases', 'disputed_items', 'determination_drafts', 'item_determinations'];

describe('migration 0003-determination-versions', () => {
  let ws: MigratedDatabase;
  let before: unknown[][];
  beforeEach(() => {
    ws = migratedDatabase(2);
    insertCase(ws.db, 'case-a', { caseNumber: 'CM26-0201', status: 'in_progress' });
    insertItem(ws.db, 'a-i1', 'case-a', 1, 'Acupuncture x 6 sessions');
    insertItem(ws.db, 'a-i0', 'case-a', 0, 'MRI lumbar spine without contrast');
    insertDraft(ws.db, 'case-a', 7);
    insertItemDetermination(ws.db, 'a-i0', 'case-a', 'overturned', 'ACOEM Low Back Disorders');
    insertCase(ws.db, 'case-b', { caseNumber: 'CM26-0202' });
    insertItem(ws.db, 'b-i0', 'case-b', 0, 'Physical therapy x 12 visits');
    before = KEPT.map((t) => rowsOf(ws.db, t));
  });
  afterEach(() => ws.dispose());

  const setStatus = (caseId: string, status: string, at: string) =>
    ws.db.prepare('update cases set status = ?, updated_at = ? where id = ?').run(status, at, caseId);
  const versions = () =>
    ws.db
      .prepare(
        'select case_id, created_at, reason, detail, revision, content_json from determination_versions order by id',
      )
      .all() as { content_json: string }[];

  it('moves to version 3, keeps cases, items and drafts, and snapshots nothing yet when upgraded from version 2', () => {
    expect(ws.upgradeTo(3)).toEqual({ from: 2, to: 3, backupFile: null });
    expect(schemaVersion(ws.db)).toBe(3);
    expect(KEPT.map((t) => rowsOf(ws.db, t))).toEqual(before);
    expect(versions()).toEqual([]);
  });

  it('snapshots the existing draft with every item in position order when the case status changes', () => {
    ws.upgradeTo(3);
    setStatus('case-a', 'ready_to_sign', '2026-11-04T16:30:00.000Z');
    const [version, ...rest] = versions();
    expect(rest).toEqual([]);
    expect(version).toMatchObject({
      case_id: 'case-a',
      created_at: '2026-11-04T16:30:00.000Z',
      reason: 'status',
      detail: 'ready_to_sign',
      revision: 7,
    });
    expect(draftContentSchema.parse(JSON.parse(version?.content_json ?? 'null'))).toEqual({
      summaryJson: RICH_TEXT,
      items: [
        { itemId: 'a-i0', decision: 'overturned', caGuideline: 'ACOEM Low Back Disorders', rationaleJson: RICH_TEXT },
        { itemId: 'a-i1', decision: 'undecided', caGuideline: 'MTUS Low Back Complaints', rationaleJson: null },
      ],
    });
  });

  it('snapshots nothing when the case has no draft, the status is unchanged or another column changes', () => {
    ws.upgradeTo(3);
    setStatus('case-b', 'in_progress', '2026-11-04T16:30:00.000Z');
    setStatus('case-a', 'in_progress', '2026-11-04T16:31:00.000Z');
    ws.db.prepare("update cases set due_date = '2026-12-01' where id = 'case-a'").run();
    expect(versions()).toEqual([]);
  });

  it('refuses an unknown version reason and keeps one local literature entry per PMID and DOI', () => {
    ws.upgradeTo(3);
    expect(() =>
      ws.db
        .prepare(
          "insert into determination_versions (case_id, created_at, reason, revision, content_json) values ('case-a', '2026-11-04T16:30:00.000Z', 'autosave', 1, '{}')",
        )
        .run(),
    ).toThrow(/CHECK constraint/);
    const addEntry = ws.db.prepare(
      "insert into local_literature (id, authors, title, journal, year, pmid, doi, created_at) values (?, 'Chou R, Qaseem A', 'Noninvasive treatments for low back pain', 'Ann Intern Med', 2017, ?, ?, '2026-11-03T11:00:00.000Z')",
    );
    addEntry.run('lit-1', '28192789', '10.7326/M16-2367');
    addEntry.run('lit-2', null, null);
    addEntry.run('lit-3', null, null);
    expect(() => addEntry.run('lit-4', '28192789', null)).toThrow(/UNIQUE constraint failed: local_literature.pmid/);
    expect(() => addEntry.run('lit-5', null, '10.7326/M16-2367')).toThrow(
      /UNIQUE constraint failed: local_literature.doi/,
    );
  });

  it('drops the versions with their case when the case is deleted', () => {
    ws.upgradeTo(3);
    setStatus('case-a', 'ready_to_sign', '2026-11-04T16:30:00.000Z');
    ws.db.prepare("delete from cases where id = 'case-a'").run();
    expect(versions()).toEqual([]);
  });
});
