import type { CaseStatus, CaseSummary, Priority } from '../../../../shared/domain';

export interface InboxFilter {
  query: string;
  status: CaseStatus | '';
  priority: Priority | '';
}

const haystacks = new WeakMap<CaseSummary, string>();

/** What the search box matches: case number, claimant, treatments (lower-cased once per case, not per keystroke). */
function haystackOf(c: CaseSummary): string {
  let text = haystacks.get(c);
  if (text === undefined) {
    // A separator no search can contain, so a match never spans two fields.
    text = [c.caseNumber, c.claimantName, ...c.treatments].join('\u0000').toLowerCase();
    haystacks.set(c, text);
  }
  return text;
}

/** The rows the inbox shows, in the order given: a pass over the list per keystroke, no sorting, no server call. */
export function filterCases(cases: readonly CaseSummary[], filter: InboxFilter): readonly CaseSummary[] {
  const needle = filter.query.trim().toLowerCase();
  if (needle === '' && filter.status === '' && filter.priority === '') return cases;
  return cases.filter(
    (c) =>
      (filter.status === '' || c.status === filter.status) &&
      (filter.priority === '' || c.priority === filter.priority) &&
      (needle === '' || haystackOf(c).includes(needle)),
  );
}
