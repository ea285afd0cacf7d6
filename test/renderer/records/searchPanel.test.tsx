// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '../../../shared/ipc/contracts/recordsContract';
import type { CaseRecords } from '../../../renderer/src/features/records/useCaseRecords';
import { SearchPanel } from '../../../renderer/src/features/records/SearchPanel';
import { callsTo, forgetCalls } from '../support/heldCalls';

vi.mock('../../../renderer/src/api', () => import('../support/heldCalls'));

const DEBOUNCE_MS = 200;
// jsdom has no layout: opening a hit scrolls its row into view.
Element.prototype.scrollIntoView ??= () => undefined;

const hit = (title: string, page: number): SearchHit => ({
  documentId: `doc-${title}`,
  title,
  page,
  snippet: [{ text: title, match: true }],
  score: 1,
  encounter: null,
  alsoOn: [],
  ocr: false,
  inFields: false,
});
const ALL_SEARCHABLE = {
  pendingPages: 0,
  failedPages: 0,
  lowConfidencePages: 0,
  ocrPages: 0,
  ocrReadPages: 0,
  ocrRunning: false,
};
const found = (...hits: SearchHit[]) => ({ hits, total: hits.length, ranked: true, coverage: ALL_SEARCHABLE });

function renderPanel() {
  const openAt = vi.fn();
  const records: CaseRecords = {
    caseId: 'case-1',
    documents: [],
    selected: null,
    target: null,
    error: null,
    select: vi.fn(),
    openAt,
    refresh: vi.fn(),
    markReviewed: vi.fn(),
    replace: vi.fn(),
  };
  render(<SearchPanel records={records} />);
  return { openAt };
}

const box = () => screen.getByRole('searchbox', { name: 'Search all records in this case' });
const type = (text: string) => fireEvent.change(box(), { target: { value: text } });
const waitOutDebounce = () => act(() => vi.advanceTimersByTime(DEBOUNCE_MS));
const listedHits = () => screen.queryAllByRole('listitem').map((li) => li.querySelector('.hit-where')?.textContent);

describe('SearchPanel', () => {
  beforeEach(() => {
    forgetCalls();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('ignores the reply for "mri" when it arrives after the reply for "mri cervical"', async () => {
    renderPanel();
    type('mri');
    await waitOutDebounce();
    type('mri cervical');
    await waitOutDebounce();
    const [forMri, forCervical] = callsTo('records.search');
    expect([forMri?.input, forCervical?.input]).toEqual([
      { caseId: 'case-1', query: 'mri', limit: 50 },
      { caseId: 'case-1', query: 'mri cervical', limit: 50 },
    ]);

    await forCervical?.reply(found(hit('C-spine MRI', 3)));
    expect(listedHits()).toEqual(['C-spine MRI · p. 3']);
    await forMri?.reply(found(hit('Lumbar MRI', 7), hit('Knee MRI', 2)));
    expect(listedHits()).toEqual(['C-spine MRI · p. 3']);
    expect(screen.getByRole('status').textContent).toBe('1 page match');
  });

  it('ignores the reply for the old words even when it arrives before the new search is sent', async () => {
    renderPanel();
    type('mri');
    await waitOutDebounce();
    type('mri cervical');
    await callsTo('records.search')[0]?.reply(found(hit('Lumbar MRI', 7)));
    expect(listedHits()).toEqual([]);

    await waitOutDebounce();
    await callsTo('records.search')[1]?.reply(found(hit('C-spine MRI', 3)));
    expect(listedHits()).toEqual(['C-spine MRI · p. 3']);
  });

  it('shows nothing when a reply arrives after the box was cleared', async () => {
    renderPanel();
    type('mri');
    await waitOutDebounce();
    type('');
    await callsTo('records.search')[0]?.reply(found(hit('Lumbar MRI', 7)));
    expect(listedHits()).toEqual([]);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows an error only if it belongs to the current words', async () => {
    renderPanel();
    type('mri');
    await waitOutDebounce();
    type('mri cervical');
    await waitOutDebounce();
    await callsTo('records.search')[1]?.reply(found(hit('C-spine MRI', 3)));
    await callsTo('records.search')[0]?.fail(new Error('The search index is busy.'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(listedHits()).toEqual(['C-spine MRI · p. 3']);
  });

  it('stepping quickly through hits opens the last one chosen, whatever order the highlights come back in', async () => {
    const { openAt } = renderPanel();
    type('mri');
    await waitOutDebounce();
    await callsTo('records.search')[0]?.reply(found(hit('Lumbar MRI', 7), hit('C-spine MRI', 3)));

    fireEvent.click(screen.getByRole('button', { name: /Lumbar MRI/ }));
    fireEvent.click(screen.getByRole('button', { name: /C-spine MRI/ }));
    const [first, second] = callsTo('records.matchTerms');
    await second?.reply({ terms: ['mri'] });
    await first?.reply({ terms: ['mri'] });
    expect(openAt.mock.calls).toEqual([[{ documentId: 'doc-C-spine MRI', page: 3, terms: ['mri'] }]]);
  });
});
