import type { z } from 'zod';
import type { documentsReviewedEntrySchema } from '../../../shared/ipc/contracts/recordsContract';
import { listDocuments } from '../db/repositories/documentRepository';
import type { Db } from '../db/openDatabase';

export type DocumentsReviewedEntry = z.infer<typeof documentsReviewedEntrySchema>;

/** The case's documents as the letter lists them: in date-of-service order, undated last. */
export function listDocumentsReviewed(db: Db, caseId: string): DocumentsReviewedEntry[] {
  return listDocuments(db, caseId)
    .map((d) => ({
      documentId: d.id,
      title: d.title,
      docType: d.docType,
      provider: d.provider,
      serviceDates: d.serviceDate ? [d.serviceDate] : [],
      pageCount: d.pageCount,
      reviewed: d.reviewed,
    }))
    .sort((a, b) => (a.serviceDates[0] ?? '9999').localeCompare(b.serviceDates[0] ?? '9999') || a.title.localeCompare(b.title));
}
