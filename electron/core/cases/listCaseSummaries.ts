import type { CaseListView, CaseStatus, CaseSummary, Priority } from '../../../shared/domain';
import { listCaseSummaryRows, type Db } from '../db';

export interface CaseFilter {
  status?: CaseStatus | undefined;
  priority?: Priority | undefined;
  query?: string | undefined;
  /** Default `inbox`: every case not archived. */
  view?: CaseListView | undefined;
}

/** Inbox rows: open work first, each case with its disputed treatments and how many are decided, filtered. */
export function listCaseSummaries(db: Db, filter: CaseFilter): CaseSummary[] {
  const rows = listCaseSummaryRows(db, {
    view: filter.view ?? 'inbox',
    status: filter.status,
    priority: filter.priority,
  });
  const needle = filter.query?.trim().toLowerCase() ?? '';
  if (needle === '') return rows;
  return rows.filter(
    (c) =>
      c.caseNumber.toLowerCase().includes(needle) ||
      c.claimantName.toLowerCase().includes(needle) ||
      c.treatments.some((t) => t.toLowerCase().includes(needle)),
  );
}
