import type { DuplicateGroupView, DuplicatePage } from '../../../shared/ipc';
import { listDocuments, readCaseAnalysis, type Db } from '../db';
import { requireCase } from '../cases';
import { keyOf, type DuplicateGroup, type DuplicateMember } from './groupDuplicates';
import { readDuplicateGroups } from './readDuplicateGroups';
import { readEncounters } from './listChronology';

/** The case's duplicate groups with each page's document title and its encounter's date of service. */
export function listDuplicateGroups(db: Db, caseId: string): { threshold: number; groups: DuplicateGroupView[] } {
  requireCase(db, caseId);
  return {
    threshold: readCaseAnalysis(db, caseId).duplicateThreshold,
    groups: describeGroups(db, caseId, readDuplicateGroups(db, caseId)),
  };
}

export function duplicateGroupForPage(
  db: Db,
  caseId: string,
  documentId: string,
  page: number,
): DuplicateGroupView | null {
  const key = keyOf({ documentId, page });
  const group = readDuplicateGroups(db, caseId).find((g) => g.members.some((m) => keyOf(m) === key));
  return group ? (describeGroups(db, caseId, [group])[0] ?? null) : null;
}

function describeGroups(db: Db, caseId: string, groups: readonly DuplicateGroup[]): DuplicateGroupView[] {
  if (groups.length === 0) return [];
  const titles = new Map(listDocuments(db, caseId).map((d) => [d.id, d.title]));
  const encounters = readEncounters(db, caseId);
  const dateOf = (m: { documentId: string; page: number }) =>
    encounters.find((e) => e.documentId === m.documentId && e.startPage <= m.page && m.page <= e.endPage)
      ?.serviceDate ?? null;
  const view = (m: DuplicateMember): DuplicatePage => ({
    documentId: m.documentId,
    documentTitle: titles.get(m.documentId) ?? '',
    page: m.page,
    similarity: m.similarity,
    method: m.method,
    serviceDate: dateOf(m),
  });
  return groups.map((g) => {
    const members = g.members.map(view);
    return { principal: members[0] as DuplicatePage, members };
  });
}
