import { buildDocumentsReviewed } from '../../../shared/domain/letter/buildDocumentsReviewed';
import type { MethodName } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/appError';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/ipc/contracts/recordsContract';
import { findCase } from '../db/repositories/caseRepository';
import { findDocument, listDocuments, type StoredDocument } from '../db/repositories/documentRepository';
import { deleteHighlight, listHighlights } from '../db/repositories/highlightRepository';
import { listDocumentIdsToIndex, readPages } from '../db/repositories/recordPageRepository';
import { createRecordJobs, type RecordJobs } from '../records/createRecordJobs';
import { createUploadStaging } from '../records/createUploadStaging';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../records/importLimits';
import { listRecordDocuments } from '../records/listRecordDocuments';
import { matchTermsOnPage } from '../records/matchTermsOnPage';
import { saveHighlight } from '../records/saveHighlight';
import { searchRecords } from '../records/searchRecords';
import { updateRecordDocument } from '../records/updateRecordDocument';
import { onSyncFinished } from '../sync/onSyncFinished';
import type { Workspace } from '../workspace/workspace';
import type { PartialHandlerTable } from './handlerTable';

type RecordMethod = Extract<MethodName, `records.${string}`>;

const requireCase = (ws: Workspace, caseId: string) => {
  if (!findCase(ws.db, caseId)) throw new AppError('NOT_FOUND', 'That case is not in this workspace. It may have been withdrawn; refresh the inbox.');
};
const requireDocument = (ws: Workspace, documentId: string): StoredDocument => {
  const doc = findDocument(ws.db, documentId);
  if (!doc) throw new AppError('NOT_FOUND', 'That document is no longer in the case.');
  return doc;
};

export function recordHandlers(ws: Workspace, limits: ImportLimits = DEFAULT_IMPORT_LIMITS, jobs: RecordJobs = createRecordJobs(ws, limits)): PartialHandlerTable<RecordMethod> {
  const staging = createUploadStaging(limits);
  // Records that sync brought are indexed (and long PDFs given a viewing copy) right away, not when first opened.
  onSyncFinished(ws, (summary) => {
    if (summary.recordsDownloaded === 0 || !ws.db.open) return;
    const documents = listDocumentIdsToIndex(ws.db, null, true).map((id) => findDocument(ws.db, id)).filter((d) => d !== null);
    if (documents.length > 0) jobs.startReindex(documents, null);
  });
  return {
    'records.documents': ({ caseId }) => {
      requireCase(ws, caseId);
      return listRecordDocuments(ws.db, caseId);
    },
    'records.updateDocument': ({ documentId, ...change }) => updateRecordDocument(ws, documentId, change),
    'records.beginUpload': ({ name, size }) => {
      jobs.prewarm();
      return { ...staging.begin(name, size), chunkBytes: UPLOAD_CHUNK_BYTES };
    },
    'records.uploadChunk': ({ uploadId, offset, base64 }) => ({ received: staging.append(uploadId, offset, Buffer.from(base64, 'base64')) }),
    'records.import': ({ caseId, uploadIds }) => {
      requireCase(ws, caseId);
      return { jobId: jobs.startImport(caseId, uploadIds.map((id) => staging.take(id))) };
    },
    'records.importStatus': ({ jobId }) => jobs.status(jobId),
    'records.cancelImport': ({ jobId }) => jobs.cancel(jobId),
    'records.rebuildIndex': ({ caseId, onlyMissing }) => {
      if (caseId) requireCase(ws, caseId);
      const documents = listDocumentIdsToIndex(ws.db, caseId ?? null, onlyMissing ?? false).map((id) => requireDocument(ws, id));
      return { jobId: jobs.startReindex(documents, caseId ?? null) };
    },
    'records.search': ({ caseId, query, limit }) => searchRecords(ws.db, caseId, query, limit),
    'records.matchTerms': ({ documentId, page, query }) => ({ terms: matchTermsOnPage(ws.db, documentId, page, query) }),
    'records.pageTexts': ({ documentId, fromPage, toPage }) => {
      requireDocument(ws, documentId);
      return { pages: readPages(ws.db, documentId, fromPage, Math.min(toPage, fromPage + 199)) };
    },
    'records.saveHighlight': (input) => saveHighlight(ws, input),
    'records.listHighlights': ({ documentId }) => listHighlights(ws.db, documentId),
    'records.deleteHighlight': ({ highlightId }) => ({ deleted: ws.db.transaction(() => deleteHighlight(ws.db, highlightId))() }),
    'records.documentsReviewed': ({ caseId }) => {
      requireCase(ws, caseId);
      return { lines: buildDocumentsReviewed(listDocuments(ws.db, caseId)) };
    },
  };
}
