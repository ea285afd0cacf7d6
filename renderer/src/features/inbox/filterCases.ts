import { isClosedStatus, type CaseStatus, type CaseSummary, type Priority } from '../../../../shared/domain';

export interface InboxFilter {
  query: string;
  status: CaseStatus | '';
  priority: Priority | '';
}

/** A list ready to be searched: each case's search text built once (lower-cased), in the list's order. */
export interface SearchableCases {
  cases: readonly CaseSummary[];
  texts: readonly string[];
}

export interface FilteredCases {
  rows: readonly CaseSummary[];
  /** Of those rows, how many are open, and how many open ones are past their due date. */
  open: number;
  overdue: number;
}

const texts = new WeakMap<CaseSummary, string>();

/** What the search box matches: case number, claimant, treatments (each case's text built once, kept across sorts). */
export function searchable(cases: readonly CaseSummary[]): SearchableCases {
  return {
    cases,
    texts: cases.map((c) => {
      let text = texts.get(c);
      if (text === undefined) {
        // A separator no search can contain, so a match never spans two fields.
        text = [c.caseNumber, c.claimantName, ...c.treatments].join('\u0000').toLowerCase();
        texts.set(c, text);
      }
      return text;
    }),
  };
}

/** The rows the inbox shows, in the list's order, and their counts: one pass per keystroke, no sorting, no server call. */
export function filterCases(list: SearchableCases, filter: InboxFilter, today: string): FilteredCases {
  const needle = filter.query.trim().toLowerCase();
  const all = needle === '' && filter.status === '' && filter.priority === '';
  const rows: CaseSummary[] = [];
  let open = 0;
  let overdue = 0;
  const { cases, texts } = list;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    if (!c) continue;
    if (
      !all &&
      ((filter.status !== '' && c.status !== filter.status) ||
        (filter.priority !== '' && c.priority !== filter.priority) ||
        (needle !== '' && !texts[i]?.includes(needle)))
    )
      continue;
    if (!all) rows.push(c);
    if (!isClosedStatus(c.status)) {
      open++;
      if (c.dueDate < today) overdue++;
    }
  }
  return { rows: all ? cases : rows, open, overdue };
}
