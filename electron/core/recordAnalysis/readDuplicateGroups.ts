import { listDuplicatePages, type Db } from '../db';
import type { DuplicateGroup } from './groupDuplicates';

/** The groups as the last regrouping wrote them (principal first in each). */
export function readDuplicateGroups(db: Db, caseId: string): DuplicateGroup[] {
  const groups = new Map<string, DuplicateGroup>();
  for (const row of listDuplicatePages(db, caseId)) {
    const key = `${row.principalDocument}\u0000${row.principalPage}`;
    const group = groups.get(key) ?? {
      principal: { documentId: row.principalDocument, page: row.principalPage },
      members: [],
    };
    groups.set(key, group);
    const member = {
      documentId: row.documentId,
      page: row.page,
      similarity: row.similarity,
      method: row.method as 'exact' | 'text' | 'image',
    };
    if (row.documentId === row.principalDocument && row.page === row.principalPage) group.members.unshift(member);
    else group.members.push(member);
  }
  return [...groups.values()];
}
