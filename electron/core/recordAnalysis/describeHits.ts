import type { DocumentType } from '../../../shared/domain';
import type { Db } from '../db';
import { keyOf, type PageKey } from './groupDuplicates';
import { readDuplicateGroups } from './readDuplicateGroups';
import { readEncounters } from './listChronology';

export interface HitContext {
  /** The duplicate group the page is in (its principal's key), or the page's own key. */
  groupKey: string;
  /** The other pages of its duplicate group. */
  alsoOn: PageKey[];
  encounter: { serviceDate: string | null; docType: DocumentType; provider: string } | null;
}

/** For search hits: which encounter each page is in (its date, type, provider) and which pages duplicate it. */
export function describeHits(db: Db, caseId: string, pages: readonly PageKey[]): HitContext[] {
  if (pages.length === 0) return [];
  const groups = readDuplicateGroups(db, caseId);
  const groupOf = new Map<string, { key: string; members: PageKey[] }>();
  for (const g of groups) {
    const entry = {
      key: keyOf(g.principal),
      members: g.members.map((m) => ({ documentId: m.documentId, page: m.page })),
    };
    for (const m of g.members) groupOf.set(keyOf(m), entry);
  }
  const encounters = readEncounters(db, caseId);
  return pages.map((p) => {
    const key = keyOf(p);
    const group = groupOf.get(key);
    const e = encounters.find((x) => x.documentId === p.documentId && x.startPage <= p.page && p.page <= x.endPage);
    return {
      groupKey: group?.key ?? key,
      alsoOn: group ? group.members.filter((m) => keyOf(m) !== key) : [],
      encounter: e ? { serviceDate: e.serviceDate, docType: e.docType, provider: e.provider } : null,
    };
  });
}
