import type { CaseStatus, CaseSummary, Priority } from '../../../shared/domain';
import { listAllItems, listCases, type Db } from '../db';

export interface CaseFilter {
  status?: CaseStatus | undefined;
  priority?: Priority | undefined;
  query?: string | undefined;
}

/** Inbox rows: each case with its disputed treatments and how many are decided, filtered. */
export function listCaseSummaries(db: Db, filter: CaseFilter): CaseSummary[] {
  const treatmentsByCase = new Map<string, string[]>();
  for (const item of listAllItems(db)) {
    const list = treatmentsByCase.get(item.caseId) ?? [];
    list.push(item.requestedTreatment);
    treatmentsByCase.set(item.caseId, list);
  }
  const decided = new Map<string, number>();
  for (const row of db
    .prepare("select case_id, count(*) as n from item_determinations where decision != 'undecided' group by case_id")
    .all() as { case_id: string; n: number }[]) {
    decided.set(row.case_id, row.n);
  }
  const needle = filter.query?.trim().toLowerCase() ?? '';
  return listCases(db)
    .map((c) => {
      const treatments = treatmentsByCase.get(c.id) ?? [];
      return { ...c, itemCount: treatments.length, treatments, decidedCount: decided.get(c.id) ?? 0 };
    })
    .filter((c) => !filter.status || c.status === filter.status)
    .filter((c) => !filter.priority || c.priority === filter.priority)
    .filter(
      (c) =>
        needle === '' ||
        c.caseNumber.toLowerCase().includes(needle) ||
        c.claimantName.toLowerCase().includes(needle) ||
        c.treatments.some((t) => t.toLowerCase().includes(needle)),
    );
}
