import type { CaseListView, CaseStatus, CaseSummary, Priority } from '../../../shared/domain';
import { listCaseSummaryRows, type Db } from '../db';

export interface CaseFilter {
  status?: CaseStatus | undefined;
  priority?: Priority | undefined;
  query?: string | undefined;
  /** Default `inbox`: every case not archived. */
  view?: CaseListView | undefined;
  /** One page of the list (after the search, when there is one). */
  offset?: number | undefined;
  limit?: number | undefined;
}

/** Inbox rows: open work first, each case with its disputed treatments and how many are decided, filtered. */
export function listCaseSummaries(db: Db, filter: CaseFilter): CaseSummary[] {
  const view = { view: filter.view ?? 'inbox', status: filter.status, priority: filter.priority } as const;
  const needle = filter.query?.trim().toLowerCase() ?? '';
  const offset = filter.offset ?? 0;
  if (needle === '') {
    return listCaseSummaryRows(
      db,
      view,
      filter.limit === undefined && offset === 0 ? undefined : { offset, limit: filter.limit ?? -1 },
    );
  }
  const found = listCaseSummaryRows(db, view).filter(
    (c) =>
      c.caseNumber.toLowerCase().includes(needle) ||
      c.claimantName.toLowerCase().includes(needle) ||
      c.treatments.some((t) => t.toLowerCase().includes(needle)),
  );
  return found.slice(offset, filter.limit === undefined ? undefined : offset + filter.limit);
}
