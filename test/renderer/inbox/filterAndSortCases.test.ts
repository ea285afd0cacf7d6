import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../shared/domain/caseModel';
import { filterCases as filterList, searchable } from '../../../renderer/src/features/inbox/filterCases';
import { sortCases } from '../../../renderer/src/features/inbox/sortCases';
import { caseFixture } from '../../support/caseFixture';

const summary = (id: string, fields: Partial<CaseSummary>): CaseSummary => ({
  ...caseFixture({ id, caseNumber: `CM26-000000${id.length}`, ...fields }),
  itemCount: fields.treatments?.length ?? 0,
  treatments: [],
  decidedCount: 0,
  archivedAt: null,
  ...fields,
});

const cases = [
  summary('open-late', {
    caseNumber: 'CM26-0000003',
    dueDate: '2026-12-20',
    claimantName: 'Zoë Álvarez',
    treatments: ['Lumbar MRI'],
  }),
  summary('closed', {
    caseNumber: 'CM25-0000001',
    dueDate: '2025-01-10',
    status: 'uploaded',
    claimantName: 'Ann Baker',
  }),
  summary('open-soon', {
    caseNumber: 'CM26-0000002',
    dueDate: '2026-11-28',
    status: 'in_progress',
    priority: 'expedited',
    claimantName: 'Bo Cole',
    treatments: ['Physical therapy x12', 'Knee brace'],
  }),
  summary('withdrawn', {
    caseNumber: 'CM24-0000009',
    dueDate: '2024-06-01',
    status: 'withdrawn',
    claimantName: 'Cy Dunn',
    treatments: ['Knee arthroscopy'],
  }),
];
const ids = (list: readonly CaseSummary[]) => list.map((c) => c.id);

describe('inbox sorting', () => {
  it('keeps open cases above closed ones whichever column sorts, and orders each group by that column', () => {
    expect(ids(sortCases(cases, 'dueDate', true))).toEqual(['open-soon', 'open-late', 'withdrawn', 'closed']);
    expect(ids(sortCases(cases, 'dueDate', false))).toEqual(['open-late', 'open-soon', 'closed', 'withdrawn']);
    expect(ids(sortCases(cases, 'claimantName', true))).toEqual(['open-soon', 'open-late', 'closed', 'withdrawn']);
  });

  it('sorts names by letter, not by accent or case', () => {
    const names = [summary('a', { claimantName: 'émile Roy' }), summary('b', { claimantName: 'Eddie Roe' })];
    expect(ids(sortCases(names, 'claimantName', true))).toEqual(['b', 'a']);
  });
});

const filterCases = (list: CaseSummary[], filter: Parameters<typeof filterList>[1]) =>
  filterList(searchable(list), filter, '2026-11-24').rows;

describe('inbox filtering', () => {
  const none = { query: '', status: '', priority: '' } as const;

  it('matches case number, claimant or a treatment, ignoring case and surrounding spaces, keeping the order', () => {
    expect(ids(filterCases(cases, { ...none, query: '  knee ' }))).toEqual(['open-soon', 'withdrawn']);
    expect(ids(filterCases(cases, { ...none, query: 'zoë á' }))).toEqual(['open-late']);
    expect(ids(filterCases(cases, { ...none, query: 'cm25-' }))).toEqual(['closed']);
    expect(filterCases(cases, { ...none, query: 'hip replacement' })).toEqual([]);
  });

  it('never matches across two fields', () => {
    expect(filterCases(cases, { ...none, query: 'x12 knee' })).toEqual([]);
    expect(filterCases(cases, { ...none, query: 'colephysical' })).toEqual([]);
  });

  it('combines the search with the status and priority filters', () => {
    expect(ids(filterCases(cases, { query: 'knee', status: 'withdrawn', priority: '' }))).toEqual(['withdrawn']);
    expect(ids(filterCases(cases, { query: '', status: '', priority: 'expedited' }))).toEqual(['open-soon']);
  });

  it('returns the list itself when nothing filters, so an empty search costs nothing', () => {
    expect(filterCases(cases, none)).toBe(cases);
  });

  it('counts the open and overdue cases among the rows shown', () => {
    const list = searchable(cases);
    expect(filterList(list, none, '2026-12-01')).toMatchObject({ open: 2, overdue: 1 });
    expect(filterList(list, { ...none, query: 'knee' }, '2026-12-01')).toMatchObject({ open: 1, overdue: 1 });
  });
});
