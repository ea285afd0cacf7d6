import type { DocumentEncounter } from '../../../shared/domain/letter';
import { listDocuments, type Db } from '../db';
import { NOT_ANALYZED_NOTE, readEncounters } from './listChronology';
import { RECORDS_INDEX_TITLE } from './segmentDocument';

/**
 * What the letter's documents-reviewed list needs from the analysis: the encounters of each document split into
 * several (a compilation), without copies of encounters listed elsewhere or the compilation's own index page, and
 * the single encounter of a document whose own details lack the date or provider its pages state.
 */
export function listLetterEncounters(db: Db, caseId: string): DocumentEncounter[] {
  const documents = new Map(listDocuments(db, caseId).map((d) => [d.id, d]));
  const encounters = readEncounters(db, caseId).filter(
    (e) => !e.notes.includes(NOT_ANALYZED_NOTE) && !(e.title === RECORDS_INDEX_TITLE && e.serviceDate === null),
  );
  const counts = new Map<string, number>();
  for (const e of encounters) counts.set(e.documentId, (counts.get(e.documentId) ?? 0) + 1);
  return encounters
    .filter((e) => {
      if ((counts.get(e.documentId) ?? 0) > 1) return e.duplicateOf === null;
      const doc = documents.get(e.documentId);
      return (
        doc !== undefined &&
        ((doc.serviceDate === null && e.serviceDate !== null) || (doc.provider === '' && e.provider !== ''))
      );
    })
    .map((e) => {
      const doc = documents.get(e.documentId);
      const single = (counts.get(e.documentId) ?? 0) === 1;
      return {
        documentId: e.documentId,
        docType: single && doc ? doc.docType : e.docType,
        provider: single && doc?.provider ? doc.provider : e.provider,
        serviceDate: single && doc?.serviceDate ? doc.serviceDate : e.serviceDate,
        pageCount: single && doc ? doc.pageCount : e.pageCount,
      };
    });
}
