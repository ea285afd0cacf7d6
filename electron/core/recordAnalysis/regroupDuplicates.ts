import {
  listDistinctVerdicts,
  listDocuments,
  listSimilarities,
  readCaseAnalysis,
  replaceDuplicatePages,
  type Db,
} from '../db';
import { groupDuplicates, pairKey, type DuplicateGroup } from './groupDuplicates';

/** Documents in the order duplicates prefer their principal in: imported first, then by title. */
export function documentOrder(db: Db, caseId: string): Map<string, number> {
  const docs = listDocuments(db, caseId).sort(
    (a, b) => a.importedAt.localeCompare(b.importedAt) || a.pageCount - b.pageCount || a.title.localeCompare(b.title),
  );
  return new Map(docs.map((d, i) => [d.id, i]));
}

/** The duplicate groups of a case at its threshold, without the pairs the reviewer marked distinct. */
export function computeDuplicateGroups(db: Db, caseId: string): DuplicateGroup[] {
  const threshold = readCaseAnalysis(db, caseId).duplicateThreshold;
  const distinct = new Set(
    listDistinctVerdicts(db, caseId).map((v) =>
      pairKey({ documentId: v.documentA, page: v.pageA }, { documentId: v.documentB, page: v.pageB }),
    ),
  );
  const edges = listSimilarities(db, caseId).map((s) => ({
    a: { documentId: s.documentA, page: s.pageA },
    b: { documentId: s.documentB, page: s.pageB },
    similarity: s.similarity,
    method: s.method,
    weightA: s.weightA,
    weightB: s.weightB,
  }));
  return groupDuplicates(edges, threshold, distinct, documentOrder(db, caseId));
}

/** Writes the groups the search, the chronology and coverage read (call inside the caller's transaction). */
export function regroupDuplicates(db: Db, caseId: string): DuplicateGroup[] {
  const groups = computeDuplicateGroups(db, caseId);
  replaceDuplicatePages(
    db,
    caseId,
    groups.flatMap((g) =>
      g.members.map((m) => ({
        documentId: m.documentId,
        page: m.page,
        principalDocument: g.principal.documentId,
        principalPage: g.principal.page,
        similarity: m.similarity,
        method: m.method,
        groupSize: g.members.length,
      })),
    ),
  );
  return groups;
}
