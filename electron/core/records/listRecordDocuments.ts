import type { RecordDocument } from '../../../shared/ipc';
import {
  listDocuments,
  listIndexStates,
  listOcrCounts,
  type OcrDocumentCounts,
  type RecordIndexState,
  type StoredDocument,
} from '../db';
import { LOW_CONFIDENCE } from '../ocr';

import { requireCase } from '../cases';
import { recordFileProblem, type ContentStore } from '../recordStore';
import type { Workspace } from '../workspace';

export function listRecordDocuments(ws: Pick<Workspace, 'db' | 'store'>, caseId: string): RecordDocument[] {
  requireCase(ws.db, caseId);
  const states = new Map(listIndexStates(ws.db, caseId).map((s) => [s.documentId, s]));
  const ocr = new Map(listOcrCounts(ws.db, caseId, LOW_CONFIDENCE).map((c) => [c.documentId, c]));
  return listDocuments(ws.db, caseId).map((d) =>
    toRecordDocument(d, states.get(d.id) ?? null, ocr.get(d.id) ?? null, ws.store),
  );
}

export function toRecordDocument(
  doc: StoredDocument,
  state: RecordIndexState | null,
  ocr: OcrDocumentCounts | null,
  store: ContentStore,
): RecordDocument {
  const { fileLocation, ...meta } = doc;
  const problem = recordFileProblem(store, fileLocation);
  return {
    ...meta,
    unavailable: problem === null ? null : `Its file ${problem}.`,
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
