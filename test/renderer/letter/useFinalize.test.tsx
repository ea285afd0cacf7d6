// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveQueue } from '../../../renderer/src/features/determination/saveQueue';
import { useFinalize } from '../../../renderer/src/features/letter/useFinalize';
import type { CaseRecords } from '../../../renderer/src/features/records/useCaseRecords';
import { callsTo, forgetCalls } from '../support/heldCalls';

vi.mock('../../../renderer/src/api', () => import('../support/heldCalls'));

const records = {
  caseId: 'case-1',
  documents: [],
  selected: null,
  target: null,
  error: null,
  select: () => undefined,
  openAt: () => undefined,
  refresh: () => undefined,
  markReviewed: () => undefined,
  replace: () => undefined,
} satisfies CaseRecords;

describe('useFinalize.sign', () => {
  beforeEach(() => forgetCalls());
  afterEach(() => cleanup());

  it('refuses to sign while the last edit is not saved, and signs once the save went through', async () => {
    const queue = createSaveQueue(5);
    let diskFull = true;
    queue.schedule('item-1', async () => {
      if (diskFull) throw new Error('the disk is full');
    });
    const { result } = renderHook(() => useFinalize('case-1', queue, records));

    let refusal: string | null = null;
    await act(async () => {
      refusal = await result.current.sign(undefined);
    });
    expect(queue.state().state).toBe('error');
    expect(refusal).toMatch(/Not signed: your last edit is not saved \(the disk is full\)/);
    expect(callsTo('determinations.sign')).toEqual([]);

    diskFull = false;
    let signing: Promise<string | null> | null = null;
    await act(async () => {
      signing = result.current.sign(undefined);
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(queue.state().state).toBe('saved');
    const [sign] = callsTo('determinations.sign');
    expect(sign?.input).toEqual({ caseId: 'case-1' });
    await sign?.reply({});
    expect(await signing).toBeNull();
  });
});
