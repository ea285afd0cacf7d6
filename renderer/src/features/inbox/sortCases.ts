import type { CaseSummary } from '../../../../shared/domain';

export type SortKey = 'dueDate' | 'caseNumber' | 'priority' | 'status' | 'claimantName' | 'itemCount';

export function sortCases(cases: readonly CaseSummary[], key: SortKey, ascending: boolean): CaseSummary[] {
  const sign = ascending ? 1 : -1;
  return [...cases].sort((a, b) => {
    const av = a[key];
    const bv = b[key];
    const primary = typeof av === 'number' && typeof bv === 'number' ? av - bv : String(av).localeCompare(String(bv));
    return primary !== 0 ? primary * sign : a.dueDate.localeCompare(b.dueDate);
  });
}
