import { isClosedStatus, type CaseSummary } from '../../../../shared/domain';

export type SortKey = 'dueDate' | 'caseNumber' | 'priority' | 'status' | 'claimantName' | 'itemCount';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Open work stays above closed cases whatever the column; within each group, by the column, then by due date. */
export function sortCases(cases: readonly CaseSummary[], key: SortKey, ascending: boolean): CaseSummary[] {
  const sign = ascending ? 1 : -1;
  return [...cases].sort((a, b) => {
    const closed = Number(isClosedStatus(a.status)) - Number(isClosedStatus(b.status));
    if (closed !== 0) return closed;
    const av = a[key];
    const bv = b[key];
    const primary =
      typeof av === 'number' && typeof bv === 'number' ? av - bv : collator.compare(String(av), String(bv));
    return primary !== 0 ? primary * sign : a.dueDate.localeCompare(b.dueDate);
  });
}
