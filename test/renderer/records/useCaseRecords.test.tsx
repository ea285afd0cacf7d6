// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCaseRecords } from '../../../renderer/src/features/records/useCaseRecords';
import { callsTo, emitBackendEvent, forgetCalls } from '../support/heldCalls';

vi.mock('../../../renderer/src/api', () => import('../support/heldCalls'));

const doc = (id: string) => ({ id, caseId: 'case-1', title: id, reviewed: false, indexed: true });
const ids = (records: { documents: { id: string }[] }) => records.documents.map((d) => d.id);

describe('useCaseRecords', () => {
  beforeEach(() => forgetCalls());
  afterEach(() => cleanup());

  it('keeps the newer document list when the reply to an earlier refresh arrives last', async () => {
    const { result } = renderHook(() => useCaseRecords('case-1'));
    act(() => result.current.refresh()); // an import finished while the first list was on its way
    const [onOpen, afterImport] = callsTo('records.documents');
    expect(afterImport?.input).toEqual({ caseId: 'case-1' });

    await afterImport?.reply([doc('ur-letter'), doc('mri-report')]);
    await onOpen?.reply([doc('ur-letter')]);
    expect(ids(result.current)).toEqual(['ur-letter', 'mri-report']);
    expect(result.current.selected?.id).toBe('ur-letter');
  });

  it("drops the previous case's documents when they arrive after switching cases", async () => {
    const { result, rerender } = renderHook(({ caseId }) => useCaseRecords(caseId), {
      initialProps: { caseId: 'case-1' },
    });
    rerender({ caseId: 'case-2' });
    const [forCase1, forCase2] = callsTo('records.documents');
    expect([forCase1?.input, forCase2?.input]).toEqual([{ caseId: 'case-1' }, { caseId: 'case-2' }]);

    await forCase1?.reply([doc('case-1-only')]);
    expect(ids(result.current)).toEqual([]);
    await forCase2?.reply([doc('case-2-report')]);
    expect(ids(result.current)).toEqual(['case-2-report']);
  });

  it('does not show the error of an earlier refresh over a newer list', async () => {
    const { result } = renderHook(() => useCaseRecords('case-1'));
    act(() => result.current.refresh());
    const [first, second] = callsTo('records.documents');
    await second?.reply([doc('ur-letter')]);
    await first?.fail(new Error('The workstation back end is not answering.'));
    expect(result.current.error).toBeNull();
    expect(ids(result.current)).toEqual(['ur-letter']);
  });

  it('refreshes by itself when a record of this case arrives or is indexed in the background, and only then', async () => {
    const { result } = renderHook(() => useCaseRecords('case-1'));
    await callsTo('records.documents')[0]?.reply([
      { ...doc('mri-report'), unavailable: 'Its file has not been downloaded yet.' },
    ]);
    expect(result.current.selected?.unavailable).toMatch(/not been downloaded/);

    await emitBackendEvent({ type: 'records.changed', caseId: 'case-2', documentIds: ['other'] });
    await emitBackendEvent({ type: 'sync.changed', reason: 'run' });
    expect(callsTo('records.documents')).toHaveLength(1);

    await emitBackendEvent({ type: 'records.changed', caseId: 'case-1', documentIds: ['mri-report'] });
    const refreshed = callsTo('records.documents');
    expect(refreshed).toHaveLength(2);
    await refreshed[1]?.reply([{ ...doc('mri-report'), unavailable: null }]);
    expect(result.current.selected?.unavailable).toBeNull();
  });
});
