import { subMonths, format, parseISO } from 'date-fns';
import type { DocumentType } from '../../../../shared/domain';
import type { ChronologyMarkers, Encounter } from '../../../../shared/ipc';

export type DatePreset = 'all' | 'rfa-6' | 'rfa-12' | 'custom';

export interface EncounterFilter {
  preset: DatePreset;
  from: string;
  to: string;
  type: DocumentType | 'all';
  provider: string;
  newestFirst: boolean;
}

export const NO_FILTER: EncounterFilter = {
  preset: 'all',
  from: '',
  to: '',
  type: 'all',
  provider: '',
  newestFirst: true,
};

/** The months before the RFA that the dispute turns on: [RFA − months, RFA]. */
export function disputeWindow(markers: ChronologyMarkers, months: number): { from: string; to: string } | null {
  if (!markers.rfaDate) return null;
  return { from: format(subMonths(parseISO(markers.rfaDate), months), 'yyyy-MM-dd'), to: markers.rfaDate };
}

/** The date range a filter stands for (either end may be open). */
export function filterRange(filter: EncounterFilter, markers: ChronologyMarkers): { from: string; to: string } {
  if (filter.preset === 'rfa-6' || filter.preset === 'rfa-12')
    return disputeWindow(markers, filter.preset === 'rfa-6' ? 6 : 12) ?? { from: '', to: '' };
  if (filter.preset === 'custom') return { from: filter.from, to: filter.to };
  return { from: '', to: '' };
}

/**
 * The rows the chronology shows: copies folded into their original, then the date range (undated encounters only
 * when no range is set), type and provider filters, newest or oldest first (undated last either way).
 */
export function filterEncounters(
  encounters: readonly Encounter[],
  filter: EncounterFilter,
  markers: ChronologyMarkers,
): Encounter[] {
  const { from, to } = filterRange(filter, markers);
  const ranged = from !== '' || to !== '';
  const provider = filter.provider.trim().toLowerCase();
  return encounters
    .filter((e) => e.duplicateOf === null)
    .filter((e) => {
      if (ranged && (e.serviceDate === null || (from && e.serviceDate < from) || (to && e.serviceDate > to)))
        return false;
      if (filter.type !== 'all' && e.docType !== filter.type) return false;
      return provider === '' || e.provider.toLowerCase() === provider;
    })
    .sort((a, b) => {
      if (a.serviceDate === b.serviceDate)
        return a.documentTitle.localeCompare(b.documentTitle) || a.startPage - b.startPage;
      if (a.serviceDate === null) return 1;
      if (b.serviceDate === null) return -1;
      return filter.newestFirst
        ? b.serviceDate.localeCompare(a.serviceDate)
        : a.serviceDate.localeCompare(b.serviceDate);
    });
}

/** 2014-06-06 is shown 06/06/2014, as the records write it. */
export function formatShortDate(iso: string | null): string {
  return iso ? format(parseISO(iso), 'MM/dd/yyyy') : 'No date';
}

/** "p. 37" or "pp. 38–40". */
export function pagesLabel(e: { startPage: number; endPage: number }): string {
  return e.startPage === e.endPage ? `p. ${e.startPage}` : `pp. ${e.startPage}–${e.endPage}`;
}
