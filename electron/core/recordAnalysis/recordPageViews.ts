import type { DocumentCoverage } from '../../../shared/ipc';
import { AppError } from '../../../shared/ipc';
import { addPageViews, findDocument, listDocuments, type Db } from '../db';
import { mergePageRanges, recordDocumentViewed } from '../audit';
import { requireCase } from '../cases';
import type { Workspace } from '../workspace';
import { keyOf } from './groupDuplicates';
import { readDuplicateGroups } from './readDuplicateGroups';
import { readSeenPages } from './readSeenPages';

/**
 * Pages the reviewer displayed long enough to read (the window batches them): their time on screen is added up,
 * and the audit trail gets one coalesced "document viewed" event per batch, not one per page.
 */
export function recordPageViews(
  ws: Workspace,
  documentId: string,
  views: readonly { page: number; ms: number }[],
): number {
  const doc = findDocument(ws.db, documentId);
  if (!doc) throw new AppError('NOT_FOUND', 'That document is no longer in the case.');
  const kept = views.filter((v) => v.page <= Math.max(1, doc.pageCount));
  if (kept.length === 0) return 0;
  ws.db.transaction(() => {
    addPageViews(ws.db, documentId, kept, ws.clock.now().toISOString());
    recordDocumentViewed(ws, documentId, mergePageRanges(kept.map((v) => ({ from: v.page, to: v.page }))));
  })();
  return kept.length;
}

/** Pages seen per document; a duplicate counts as seen when any page of its group was displayed. */
export function listCoverage(db: Db, caseId: string): DocumentCoverage[] {
  requireCase(db, caseId);
  const { displayed, seen } = readSeenPages(db, caseId, readDuplicateGroups(db, caseId));
  return listDocuments(db, caseId).map((d) => {
    let pagesSeen = 0;
    let pagesDisplayed = 0;
    for (let page = 1; page <= d.pageCount; page++) {
      const key = keyOf({ documentId: d.id, page });
      if (seen.has(key)) pagesSeen++;
      if (displayed.has(key)) pagesDisplayed++;
    }
    return { documentId: d.id, pageCount: d.pageCount, pagesSeen, pagesDisplayed };
  });
}
