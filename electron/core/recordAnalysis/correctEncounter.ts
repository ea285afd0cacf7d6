import type { DocumentType } from '../../../shared/domain';
import { AppError, type Encounter } from '../../../shared/ipc';
import { appendAuditEvent, findDocument, writeCorrection, type CorrectableField } from '../db';
import type { Workspace } from '../workspace';
import { readEncounters } from './listChronology';

export interface EncounterChange {
  serviceDate?: string | null;
  docType?: DocumentType;
  provider?: string;
  facility?: string;
}

/** Stores the reviewer's values for an encounter's fields; every later analysis shows them instead of its own. */
export function correctEncounter(
  ws: Workspace,
  documentId: string,
  startPage: number,
  change: EncounterChange,
): Encounter {
  return ws.db.transaction(() => {
    const doc = findDocument(ws.db, documentId);
    if (!doc) throw new AppError('NOT_FOUND', 'That document is no longer in the case.');
    const before = readEncounters(ws.db, doc.caseId).find(
      (e) => e.documentId === documentId && e.startPage === startPage,
    );
    if (!before)
      throw new AppError(
        'NOT_FOUND',
        `No encounter starts on page ${startPage} of "${doc.title}" any more. Refresh the chronology and try again.`,
      );
    const at = ws.clock.now().toISOString();
    const fields = Object.entries(change).filter(([, v]) => v !== undefined) as [CorrectableField, string | null][];
    for (const [field, value] of fields)
      writeCorrection(ws.db, { documentId, startPage, field, value, correctedAt: at });
    appendAuditEvent(ws.db, {
      actor: 'reviewer',
      action: 'encounter.corrected',
      caseId: doc.caseId,
      details: { documentId, startPage, fields: fields.map(([f]) => f) },
      at,
    });
    const after = readEncounters(ws.db, doc.caseId).find(
      (e) => e.documentId === documentId && e.startPage === startPage,
    );
    if (!after) throw new AppError('INTERNAL', 'The corrected encounter could not be read back.');
    return after;
  })();
}
