import { buildDocumentsReviewed, type DocumentsReviewedLine } from '../../../shared/domain/letter';
import { listDocuments, type Db } from '../db';

import { requireCase } from '../cases';
import { listLetterEncounters } from '../recordAnalysis';

/** The letter's "documents reviewed" lines for a case. */
export function listDocumentsReviewed(db: Db, caseId: string): DocumentsReviewedLine[] {
  requireCase(db, caseId);
  return buildDocumentsReviewed(listDocuments(db, caseId), listLetterEncounters(db, caseId));
}
