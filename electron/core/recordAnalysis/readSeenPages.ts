import { listSeenPages, type Db } from '../db';
import { keyOf, type DuplicateGroup } from './groupDuplicates';

/**
 * Pages of a case that count as seen: those the reviewer displayed, and every page of a duplicate group one of
 * whose pages was displayed. Keys are documentId\0page.
 */
export function readSeenPages(
  db: Db,
  caseId: string,
  groups: readonly DuplicateGroup[],
): { displayed: Set<string>; seen: Set<string> } {
  const displayed = new Set(listSeenPages(db, caseId).map(keyOf));
  const seen = new Set(displayed);
  for (const g of groups)
    if (g.members.some((m) => displayed.has(keyOf(m)))) for (const m of g.members) seen.add(keyOf(m));
  return { displayed, seen };
}
