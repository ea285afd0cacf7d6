import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Determination } from '../../../shared/domain/determination';
import { richTextFromParagraphs } from '../../../shared/editor/richText';
import { createDraftSaver } from '../../../renderer/src/features/determination/createDraftSaver';
import { createSaveQueue, type SaveQueue } from '../../../renderer/src/features/determination/saveQueue';

const calls = vi.hoisted(() => [] as { method: string; input: unknown }[]);
vi.mock('../../../renderer/src/api', () => ({
  call: async (method: string, input: unknown) => {
    calls.push({ method, input });
    return { revision: calls.length, savedAt: '2026-11-24T09:00:00.000Z' };
  },
}));

const text = (...paragraphs: string[]) => richTextFromParagraphs(paragraphs);

function draft(caGuideline: string): Determination {
  return {
    caseId: 'case-1',
    summary: text('Summary as loaded.'),
    items: [
      {
        itemId: 'item-mri',
        decision: 'upheld',
        caGuideline,
        rationale: text('MRI rationale as loaded.'),
        updatedAt: '',
      },
      {
        itemId: 'item-pt',
        decision: 'undecided',
        caGuideline: '',
        rationale: text('PT rationale as loaded.'),
        updatedAt: '',
      },
    ],
    revision: 3,
    locked: false,
    updatedAt: '',
  };
}

describe('createDraftSaver', () => {
  let queue: SaveQueue;
  beforeEach(() => {
    vi.useFakeTimers();
    calls.length = 0;
    queue = createSaveQueue(400);
  });
  afterEach(() => vi.useRealTimers());

  it('saves the summary as it reads when the save runs, not as it was when typed', async () => {
    const saver = createDraftSaver('case-1', queue);
    saver.load(draft(''));
    let typed = 'Neck pain.';
    saver.summaryChanged(() => text(typed));
    typed = 'Neck pain radiating to the left arm.';
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toEqual([
      {
        method: 'determinations.saveSummary',
        input: { caseId: 'case-1', summary: text('Neck pain radiating to the left arm.') },
      },
    ]);
  });

  it("gathers an item's changes into one save that carries all of its current values", async () => {
    const saver = createDraftSaver('case-1', queue);
    saver.load(draft('ODG Neck'));
    saver.itemChanged('item-mri', { decision: 'overturned' });
    saver.itemChanged('item-mri', { caGuideline: 'ACOEM Neck and Upper Back' });
    await queue.flush();
    expect(calls).toEqual([
      {
        method: 'determinations.saveItem',
        input: {
          caseId: 'case-1',
          itemId: 'item-mri',
          decision: 'overturned',
          caGuideline: 'ACOEM Neck and Upper Back',
          rationale: text('MRI rationale as loaded.'),
        },
      },
    ]);

    saver.itemChanged('item-mri', { readRationale: () => text('MRI is medically necessary.') });
    await queue.flush();
    expect(calls[1]?.input).toEqual({
      caseId: 'case-1',
      itemId: 'item-mri',
      decision: 'overturned',
      caGuideline: 'ACOEM Neck and Upper Back',
      rationale: text('MRI is medically necessary.'),
    });
  });

  it('saves the summary and each item under its own key, so editing one never drops the save of another', async () => {
    const saver = createDraftSaver('case-1', queue);
    saver.load(draft(''));
    saver.itemChanged('item-mri', { decision: 'overturned' });
    saver.summaryChanged(() => text('Summary, edited.'));
    saver.itemChanged('item-pt', { decision: 'upheld' });
    saver.itemChanged('item-mri', { caGuideline: 'MTUS' });
    await queue.flush();
    expect(calls.map((c) => [c.method, (c.input as { itemId?: string }).itemId])).toEqual([
      ['determinations.saveItem', 'item-mri'],
      ['determinations.saveSummary', undefined],
      ['determinations.saveItem', 'item-pt'],
    ]);
    expect(calls[0]?.input).toMatchObject({ decision: 'overturned', caGuideline: 'MTUS' });
  });

  it('ignores item edits before a draft is loaded and for items the draft does not have', async () => {
    const saver = createDraftSaver('case-1', queue);
    saver.itemChanged('item-mri', { decision: 'overturned' });
    saver.load(draft(''));
    saver.itemChanged('item-chiropractic', { decision: 'overturned' });
    await queue.flush();
    expect(calls).toEqual([]);
  });

  it('while a version is being restored, saves nothing and drops the saves already queued; after a failed restore, edits save again with nothing lost', async () => {
    const saver = createDraftSaver('case-1', queue);
    saver.load(draft(''));
    saver.itemChanged('item-mri', { decision: 'overturned' });
    saver.summaryChanged(() => text('Typed before the restore.'));
    saver.suspend();
    saver.itemChanged('item-pt', { decision: 'upheld' });
    saver.summaryChanged(() => text('Typed while the restore runs.'));
    await queue.flush();
    expect(calls).toEqual([]);
    expect(queue.state().state).toBe('saved');

    saver.resume();
    saver.itemChanged('item-mri', { caGuideline: 'MTUS' });
    await queue.flush();
    expect(calls).toEqual([
      {
        method: 'determinations.saveItem',
        input: {
          caseId: 'case-1',
          itemId: 'item-mri',
          decision: 'overturned',
          caGuideline: 'MTUS',
          rationale: text('MRI rationale as loaded.'),
        },
      },
    ]);
  });

  it('after a draft is loaded (a restore finished), saves queued for the text it replaced are dropped and new edits start from the loaded values', async () => {
    const saver = createDraftSaver('case-1', queue);
    saver.load(draft('typed before the restore'));
    saver.itemChanged('item-mri', { decision: 'overturned' });
    saver.load(draft('as restored'));
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toEqual([]);

    saver.itemChanged('item-mri', { readRationale: () => text('Rationale after the restore.') });
    await queue.flush();
    expect(calls).toEqual([
      {
        method: 'determinations.saveItem',
        input: {
          caseId: 'case-1',
          itemId: 'item-mri',
          decision: 'upheld',
          caGuideline: 'as restored',
          rationale: text('Rationale after the restore.'),
        },
      },
    ]);
  });
});
