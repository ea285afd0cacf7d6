import { buildDocumentsReviewed, type DocumentsReviewedLine } from '../../../shared/domain/letter/buildDocumentsReviewed';
import { listDocuments } from '../db/repositories/documentRepository';
import type { Db } from '../db/openDatabase';
import { requireCase } from '../cases/requireCase';

/** The letter's "documents reviewed" lines for a case. */
export function listDocumentsReviewed(db: Db, caseId: string): DocumentsReviewedLine[] {
  requireCase(db, caseId);
  return buildDocumentsReviewed(listDocuments(db, caseId));
}
