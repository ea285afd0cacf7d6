import { UPLOAD_CHUNK_BYTES, type MethodName } from '../../../shared/ipc';

import { listHighlights } from '../db';
import {
  listDocumentsReviewed,
  listRecordDocuments,
  matchTermsOnPage,
  readOcrPage,
  readPageTexts,
  removeHighlight,
  saveHighlight,
  searchRecords,
  startImport,
  startOcr,
  startRebuildIndex,
  updateRecordDocument,
} from '../records';

import { warmUpAnalysis } from '../recordAnalysis';
import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

type RecordMethod = Extract<MethodName, `records.${string}`>;

export function recordHandlers({
  ws,
  recordJobs,
  uploads,
  ocr,
  requireProtectedKey,
}: WorkspaceServices): PartialHandlerTable<RecordMethod> {
  const importing = () => requireProtectedKey('import records into a synced workspace', { demoAllowed: true });
  return {
    'records.documents': ({ caseId }) => listRecordDocuments(ws, caseId),
    'records.updateDocument': ({ documentId, ...change }) => updateRecordDocument(ws, documentId, change),
    'records.beginUpload': ({ name, size }) => {
      importing();
      recordJobs.prewarm();
      void warmUpAnalysis();
      return { ...uploads.begin(name, size), chunkBytes: UPLOAD_CHUNK_BYTES };
    },
    'records.uploadChunk': ({ uploadId, offset, base64 }) => ({
      received: uploads.append(uploadId, offset, Buffer.from(base64, 'base64')),
    }),
    'records.import': ({ caseId, uploadIds }) => {
      importing();
      return { jobId: startImport(ws, recordJobs, uploads, caseId, uploadIds) };
    },
    'records.importStatus': ({ jobId }) => recordJobs.status(jobId),
    'records.cancelImport': ({ jobId }) => recordJobs.cancel(jobId),
    'records.rebuildIndex': ({ caseId, onlyMissing }) => ({
      jobId: startRebuildIndex(ws, recordJobs, caseId ?? null, onlyMissing ?? false),
    }),
    'records.search': ({ caseId, query, limit }) => searchRecords(ws.db, caseId, query, limit),
    'records.runOcr': (input) => startOcr(ws, ocr, input),
    'records.ocrStatus': ({ caseId }) => ocr.status(caseId),
    'records.controlOcr': ({ action, documentId }) => {
      if (action === 'pause') ocr.pause();
      else if (action === 'resume') ocr.resume();
      else ocr.cancel(documentId);
      return ocr.status();
    },
    'records.holdOcrForTyping': () => ({ holding: ocr.holdForTyping() }),
    'records.ocrPage': ({ documentId, page }) => readOcrPage(ws.db, documentId, page),
    'records.matchTerms': ({ documentId, page, query }) => ({
      terms: matchTermsOnPage(ws.db, documentId, page, query),
    }),
    'records.pageTexts': ({ documentId, fromPage, toPage }) => ({
      pages: readPageTexts(ws.db, documentId, fromPage, toPage),
    }),
    'records.saveHighlight': (input) => saveHighlight(ws, input),
    'records.listHighlights': ({ documentId }) => listHighlights(ws.db, documentId),
    'records.deleteHighlight': ({ highlightId }) => ({ deleted: removeHighlight(ws, highlightId) }),
    'records.documentsReviewed': ({ caseId }) => ({ lines: listDocumentsReviewed(ws.db, caseId) }),
  };
}
