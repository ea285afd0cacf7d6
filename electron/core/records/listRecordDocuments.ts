import type { RecordDocument } from '../../../shared/ipc';
import {
  listDocuments,
  listIndexStates,
  listOcrCounts,
  type Db,
  type OcrDocumentCounts,
  type RecordIndexState,
  type StoredDocument,
} from '../db';
import { LOW_CONFIDENCE } from '../ocr';

import { requireCase } from '../cases';

export function listRecordDocuments(db: Db, caseId: string): RecordDocument[] {
  requireCase(db, caseId);
  const states = new Map(listIndexStates(db, caseId).map((s) => [s.documentId, s]));
  const ocr = new Map(listOcrCounts(db, caseId, LOW_CONFIDENCE).map((c) => [c.documentId, c]));
  return listDocuments(db, caseId).map((d) => toRecordDocument(d, states.get(d.id) ?? null, ocr.get(d.id) ?? null));
}

export function toRecordDocument(
  doc: StoredDocument,
  state: RecordIndexState | null,
  ocr: OcrDocumentCounts | null,
): RecordDocument {
  const { fileLocation: _location, ...meta } = doc;
  return {
    ...meta,
    indexed: state !== null,
    textPages: state?.textPages ?? 0,
    scannedPages: state?.scannedPages ?? 0,
    ocr: {
      needed: ocr?.needed ?? 0,
      read: ocr?.read ?? 0,
      failed: ocr?.failed ?? 0,
      lowConfidence: ocr?.lowConfidence ?? 0,
      queued: ocr?.queued ?? false,
    },
  };
}
