import { isClosedStatus, type CaseSummary } from '../../../../shared/domain';

export type SortKey = 'dueDate' | 'caseNumber' | 'priority' | 'status' | 'claimantName' | 'itemCount';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Open work stays above closed cases whatever the column; within each group, by the column, then by due date.
 * Each case's keys are read once (not per comparison), and only names are compared by the locale's rules: the other
 * columns are codes, dates and counts, so sorting thousands of cases stays a matter of milliseconds.
 */
export function sortCases(cases: readonly CaseSummary[], key: SortKey, ascending: boolean): CaseSummary[] {
  const sign = ascending ? 1 : -1;
  const keyed = cases.map((c) => ({ c, closed: isClosedStatus(c.status) ? 1 : 0, value: c[key] }));
  const compareValue =
    key === 'claimantName'
      ? (a: unknown, b: unknown) => collator.compare(String(a), String(b))
      : (a: unknown, b: unknown) =>
          typeof a === 'number' && typeof b === 'number'
            ? a - b
            : String(a) < String(b)
              ? -1
              : String(a) > String(b)
                ? 1
                : 0;
  keyed.sort((a, b) => {
    if (a.closed !== b.closed) return a.closed - b.closed;
    const primary = compareValue(a.value, b.value);
    if (primary !== 0) return primary * sign;
    return a.c.dueDate < b.c.dueDate ? -1 : a.c.dueDate > b.c.dueDate ? 1 : 0;
  });
  return keyed.map((k) => k.c);
}
