import { countCasesByState, type CaseCounts, type Db } from '../db';

/** The inbox's counts: open work, closed cases still listed, archived ones (counted from an index, not the rows). */
export function countInboxCases(db: Db): CaseCounts {
  return countCasesByState(db);
}
