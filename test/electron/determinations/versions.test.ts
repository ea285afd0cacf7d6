import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RichTextDoc } from '../../../shared/editor/richText';
import { richTextFromParagraphs } from '../../../shared/editor/richText';
import { updateCaseStatus } from '../../../electron/core/db/repositories/caseRepository';
import { snapshotDetermination } from '../../../electron/core/determinations/snapshotDetermination';
import { VERSION_INTERVAL_MS } from '../../../electron/core/determinations/snapshotIfDue';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { CASE_ID, MRI_ITEM, XRAY_ITEM, seedCase } from './support/seedCase';
import { steppingClock, type SteppingClock } from './support/steppingClock';

const text = (s: string): RichTextDoc => richTextFromParagraphs([s]);

describe('determination versions', () => {
  let t: TestWorkspace;
  let clock: SteppingClock;

  beforeEach(async () => {
    clock = steppingClock('2026-11-24T09:00:00.000Z');
    t = await createTestWorkspace({ clock });
    seedCase(t.backend.ws.db);
  });
  afterEach(() => t.dispose());

  const save = (s: string, decision?: 'upheld' | 'overturned') =>
    t.call('determinations.saveItem', {
      caseId: CASE_ID,
      itemId: MRI_ITEM,
      rationale: text(s),
      ...(decision ? { decision } : {}),
    });

  it('keeps the draft as it was when the case moves from assigned to in progress', async () => {
    await save('First words.');
    const versions = await t.call('versions.list', { caseId: CASE_ID });
    expect(versions).toMatchObject([{ reason: 'status', detail: 'in_progress', revision: 0 }]);
    const first = await t.call('versions.get', { versionId: versions[0]?.id ?? 0 });
    expect(first.items.find((i) => i.itemId === MRI_ITEM)).toMatchObject({
      decision: 'undecided',
      rationale: { type: 'doc' },
    });
  });

  it('adds a version every few minutes while the reviewer keeps editing', async () => {
    await save('One.');
    for (let i = 0; i < 20; i++) {
      clock.advance(20_000);
      await save(`Edit ${i}.`);
    }
    const afterSevenMinutes = await t.call('versions.list', { caseId: CASE_ID });
    const intervals = afterSevenMinutes.filter((v) => v.reason === 'interval');
    expect(intervals.length).toBe(Math.floor((20 * 20_000) / VERSION_INTERVAL_MS));
    const newest = await t.call('versions.get', { versionId: intervals[0]?.id ?? 0 });
    expect(JSON.stringify(newest.items)).toMatch(/Edit \d+\./);
  });

  it('adds no interval version when the draft is unchanged since the last version', async () => {
    await save('Same.');
    clock.advance(VERSION_INTERVAL_MS + 1);
    await save('Same.');
    clock.advance(VERSION_INTERVAL_MS + 1);
    await save('Same.');
    const intervals = (await t.call('versions.list', { caseId: CASE_ID })).filter((v) => v.reason === 'interval');
    expect(intervals).toHaveLength(1);
  });

  it('restores a version and keeps the replaced draft as a version first', async () => {
    await save('Original rationale.', 'upheld');
    const kept = await t.call('versions.snapshot', { caseId: CASE_ID });
    clock.advance(1000);
    await save('Rewritten rationale.', 'overturned');

    const receipt = await t.call('versions.restore', { caseId: CASE_ID, versionId: kept.id });
    const draft = await t.call('determinations.get', { caseId: CASE_ID });
    const mri = draft.items.find((i) => i.itemId === MRI_ITEM);
    expect(mri?.decision).toBe('upheld');
    expect(JSON.stringify(mri?.rationale)).toContain('Original rationale.');
    expect(draft.revision).toBe(receipt.revision);

    const backup = await t.call('versions.get', { versionId: receipt.backupVersionId });
    expect(backup).toMatchObject({ reason: 'before-restore', detail: String(kept.id), restorable: true });
    expect(JSON.stringify(backup.items)).toContain('Rewritten rationale.');
  });

  it('restores over a damaged draft and keeps the damaged text as a version', async () => {
    await save('Good text.');
    const good = await t.call('versions.snapshot', { caseId: CASE_ID });
    t.backend.ws.db
      .prepare("update item_determinations set rationale_json = 'not json' where item_id = ?")
      .run(MRI_ITEM);
    await expect(t.call('determinations.get', { caseId: CASE_ID })).rejects.toMatchObject({ code: 'DRAFT_INVALID' });

    const receipt = await t.call('versions.restore', { caseId: CASE_ID, versionId: good.id });
    const draft = await t.call('determinations.get', { caseId: CASE_ID });
    expect(JSON.stringify(draft.items)).toContain('Good text.');
    const damaged = await t.call('versions.get', { versionId: receipt.backupVersionId });
    expect(damaged.restorable).toBe(false);
    expect(damaged.items.find((i) => i.itemId === MRI_ITEM)?.rationale).toBeNull();
    await expect(
      t.call('versions.restore', { caseId: CASE_ID, versionId: receipt.backupVersionId }),
    ).rejects.toMatchObject({ code: 'DRAFT_INVALID' });
  });

  it('refuses to restore a version of another case', async () => {
    await save('Mine.');
    const [version] = await t.call('versions.list', { caseId: CASE_ID });
    await expect(t.call('versions.restore', { caseId: 'case-2', versionId: version?.id ?? 0 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses to restore into a signed draft', async () => {
    await save('Signed text.');
    const version = await t.call('versions.snapshot', { caseId: CASE_ID });
    t.backend.ws.db.prepare("update cases set status = 'signed' where id = ?").run(CASE_ID);
    await expect(t.call('versions.restore', { caseId: CASE_ID, versionId: version.id })).rejects.toMatchObject({
      code: 'LOCKED',
    });
  });

  it('keeps a restorable version whenever any service changes the status of the case', async () => {
    await save('Ready for signing.', 'upheld');
    clock.advance(1000);
    updateCaseStatus(t.backend.ws.db, CASE_ID, 'ready_to_sign', clock.now().toISOString());
    updateCaseStatus(t.backend.ws.db, CASE_ID, 'ready_to_sign', clock.now().toISOString());
    const versions = await t.call('versions.list', { caseId: CASE_ID });
    expect(versions.filter((v) => v.reason === 'status').map((v) => v.detail)).toEqual([
      'ready_to_sign',
      'in_progress',
    ]);
    const atSigning = await t.call('versions.get', { versionId: versions[0]?.id ?? 0 });
    expect(atSigning).toMatchObject({ restorable: true, createdAt: clock.now().toISOString() });
    expect(atSigning.items.find((i) => i.itemId === MRI_ITEM)).toMatchObject({
      decision: 'upheld',
      rationale: text('Ready for signing.'),
    });
    expect(atSigning.items.map((i) => i.itemId)).toEqual([MRI_ITEM, XRAY_ITEM]);
  });

  it('lets a service keep a version inside its own transaction', async () => {
    await save('Kept by a service.');
    const db = t.backend.ws.db;
    db.transaction(() => snapshotDetermination(db, CASE_ID, 'manual', clock.now().toISOString()))();
    expect((await t.call('versions.list', { caseId: CASE_ID }))[0]).toMatchObject({ reason: 'manual' });
  });
});
