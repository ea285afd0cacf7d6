import { AppError } from '../../../shared/ipc';
import { listDocuments, readOcrNeeds } from '../db';
import type { OcrModel } from '../ocr';
import { requireCase } from '../cases';
import type { Workspace } from '../workspace';
import type { OcrQueue } from './createOcrQueue';
import { requireDocument } from './requireDocument';

/** Queues OCR for one document or every document of a case that has pages needing it. */
export function startOcr(
  ws: Workspace,
  queue: OcrQueue,
  input: { caseId: string; documentId?: string; force?: boolean; model?: OcrModel },
): { documents: number; pages: number } {
  requireCase(ws.db, input.caseId);
  const documents = input.documentId ? [requireDocument(ws.db, input.documentId)] : listDocuments(ws.db, input.caseId);
  if (input.documentId && documents[0]?.caseId !== input.caseId)
    throw new AppError('NOT_FOUND', 'That document is not in this case.');
  let queued = 0;
  let pages = 0;
  for (const doc of documents) {
    if (readOcrNeeds(ws.db, doc.id).length === 0) continue;
    const count = queue.enqueue(doc.id, input.force ? 'rerun' : 'requested', {
      force: input.force ?? false,
      settings: input.model ? { model: input.model } : {},
    });
    if (count > 0) queued++;
    pages += count;
  }
  return { documents: queued, pages };
}
