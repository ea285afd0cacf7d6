import { AppError, type Encounter } from '../../../shared/ipc';
import {
  appendAuditEvent,
  findDocument,
  listBoundaries,
  listEncounters,
  readPages,
  replaceEncounters,
  writeBoundary,
} from '../db';
import type { Workspace } from '../workspace';
import { readEncounters } from './listChronology';
import { segmentDocument } from './segmentDocument';

/**
 * The reviewer's split (an encounter starts on this page) or merge (this page continues the encounter before it).
 * The boundary is stored, then the document is split again at once with it; later analyses keep it too.
 */
export async function setEncounterBoundary(
  ws: Workspace,
  documentId: string,
  page: number,
  kind: 'split' | 'merge',
): Promise<Encounter[]> {
  const doc = findDocument(ws.db, documentId);
  if (!doc) throw new AppError('NOT_FOUND', 'That document is no longer in the case.');
  if (page > doc.pageCount)
    throw new AppError('INVALID_INPUT', `"${doc.title}" has ${doc.pageCount} pages; there is no page ${page}.`);
  const at = ws.clock.now().toISOString();
  ws.db.transaction(() => {
    writeBoundary(ws.db, documentId, page, kind, at);
    appendAuditEvent(ws.db, {
      actor: 'reviewer',
      action: kind === 'split' ? 'encounter.split' : 'encounter.merged',
      caseId: doc.caseId,
      details: { documentId, page },
      at,
    });
  })();
  const today = ws.clock.today();
  const { encounters } = await segmentDocument(readPages(ws.db, documentId, 1, Number.MAX_SAFE_INTEGER), {
    minYear: 1900,
    maxYear: Number(today.slice(0, 4)),
    latestDate: today,
    boundaries: listBoundaries(ws.db, documentId),
  });
  ws.db.transaction(() => {
    const others = listEncounters(ws.db, doc.caseId).filter((e) => e.documentId !== documentId);
    replaceEncounters(ws.db, doc.caseId, [
      ...others,
      ...encounters.map((e) => ({ ...e, documentId, caseId: doc.caseId })),
    ]);
  })();
  return readEncounters(ws.db, doc.caseId).filter((e) => e.documentId === documentId);
}
