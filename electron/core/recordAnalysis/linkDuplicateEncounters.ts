import { keyOf, type DuplicateGroup, type PageKey } from './groupDuplicates';

export interface EncounterSpan {
  documentId: string;
  startPage: number;
  endPage: number;
}

export const encounterKey = (e: Pick<EncounterSpan, 'documentId' | 'startPage'>): string =>
  `${e.documentId}\u0000${e.startPage}`;

/**
 * Encounters that are copies of another: every grouped page of the copy has its principal in that one other
 * encounter, and those pages are at least half of the copy. A copy shows as its original in the chronology (once,
 * with "also at …"), and reads the original's date, type and provider: one document, one set of facts.
 * Returns, for each copy, the encounter it copies.
 */
export function linkDuplicateEncounters<E extends EncounterSpan>(
  encounters: readonly E[],
  groups: readonly DuplicateGroup[],
): Map<string, E> {
  const principalOf = new Map<string, PageKey>();
  for (const g of groups) for (const m of g.members.slice(1)) principalOf.set(keyOf(m), g.principal);
  const byDocument = new Map<string, E[]>();
  for (const e of encounters) byDocument.set(e.documentId, [...(byDocument.get(e.documentId) ?? []), e]);
  const holding = (p: PageKey): E | undefined =>
    byDocument.get(p.documentId)?.find((e) => e.startPage <= p.page && p.page <= e.endPage);

  const links = new Map<string, E>();
  for (const e of encounters) {
    const targets = new Map<string, { encounter: E; pages: number }>();
    let grouped = 0;
    for (let page = e.startPage; page <= e.endPage; page++) {
      const principal = principalOf.get(keyOf({ documentId: e.documentId, page }));
      if (!principal) continue;
      grouped++;
      const target = holding(principal);
      if (!target || target === e) continue;
      const k = encounterKey(target);
      targets.set(k, { encounter: target, pages: (targets.get(k)?.pages ?? 0) + 1 });
    }
    if (targets.size !== 1) continue;
    const [only] = targets.values();
    if (only && only.pages === grouped && only.pages * 2 >= e.endPage - e.startPage + 1)
      links.set(encounterKey(e), only.encounter);
  }
  return links;
}
