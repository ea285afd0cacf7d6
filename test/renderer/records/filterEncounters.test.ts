import { describe, expect, it } from 'vitest';
import type { Encounter } from '../../../shared/ipc';
import {
  disputeWindow,
  filterEncounters,
  NO_FILTER,
  pagesLabel,
} from '../../../renderer/src/features/records/filterEncounters';

const MARKERS = {
  dateOfInjury: '2008-10-08',
  rfaDate: '2014-03-27',
  urDecisionDate: '2014-04-03',
  applicationDate: null,
};

function encounter(id: string, serviceDate: string | null, change: Partial<Encounter> = {}): Encounter {
  return {
    id,
    documentId: 'doc',
    documentTitle: 'Complete medical records',
    startPage: Number(id),
    endPage: Number(id),
    serviceDate,
    dateConfidence: 0.9,
    docType: 'progress_note',
    typeConfidence: 0.9,
    provider: 'Jane Roe, MD',
    providerConfidence: 0.9,
    facility: '',
    facilityConfidence: 0,
    title: '',
    extract: '',
    notes: [],
    corrected: [],
    duplicateOf: null,
    copies: [],
    pagesSeen: 0,
    pageCount: 1,
    ...change,
  };
}

const ALL = [
  encounter('1', '2013-09-26'),
  encounter('2', '2013-09-27', { docType: 'imaging_report', provider: 'Vera Radiant, MD' }),
  encounter('3', '2014-03-27', { docType: 'rfa' }),
  encounter('4', '2014-04-03', { docType: 'ur_denial' }),
  encounter('5', null),
  encounter('6', '2014-03-01', {
    duplicateOf: { documentId: 'doc', documentTitle: 'x', startPage: 2, endPage: 2 },
  }),
];
const ids = (list: Encounter[]) => list.map((e) => e.id);

describe('filterEncounters', () => {
  it('lists originals newest first with undated ones last, and oldest first on request', () => {
    expect(ids(filterEncounters(ALL, NO_FILTER, MARKERS))).toEqual(['4', '3', '2', '1', '5']);
    expect(ids(filterEncounters(ALL, { ...NO_FILTER, newestFirst: false }, MARKERS))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('keeps the six months before the RFA, the RFA day included', () => {
    expect(disputeWindow(MARKERS, 6)).toEqual({ from: '2013-09-27', to: '2014-03-27' });
    expect(ids(filterEncounters(ALL, { ...NO_FILTER, preset: 'rfa-6' }, MARKERS))).toEqual(['3', '2']);
    expect(filterEncounters(ALL, { ...NO_FILTER, preset: 'rfa-6' }, { ...MARKERS, rfaDate: null })).toHaveLength(5);
  });

  it('filters by a custom range, a type and a provider', () => {
    const custom = { ...NO_FILTER, preset: 'custom' as const, from: '2014-01-01', to: '' };
    expect(ids(filterEncounters(ALL, custom, MARKERS))).toEqual(['4', '3']);
    expect(ids(filterEncounters(ALL, { ...NO_FILTER, type: 'imaging_report' }, MARKERS))).toEqual(['2']);
    expect(ids(filterEncounters(ALL, { ...NO_FILTER, provider: 'jane roe, md' }, MARKERS))).toEqual([
      '4',
      '3',
      '1',
      '5',
    ]);
  });

  it('names page ranges', () => {
    expect(pagesLabel({ startPage: 37, endPage: 37 })).toBe('p. 37');
    expect(pagesLabel({ startPage: 38, endPage: 40 })).toBe('pp. 38–40');
  });
});
