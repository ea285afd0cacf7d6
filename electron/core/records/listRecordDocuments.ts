import type { RecordDocument } from '../../../shared/ipc';
import { listDocuments, listIndexStates, type Db, type RecordIndexState, type StoredDocument } from '../db';

import { requireCase } from '../cases';

export function listRecordDocuments(db: Db, caseId: string): RecordDocument[] {
  requireCase(db, caseId);
  const states = new Map(listIndexStates(db, caseId).map((s) => [s.documentId, s]));
  return listDocuments(db, caseId).map((d) => toRecordDocument(d, states.get(d.id) ?? null));
}

export function toRecordDocument(doc: StoredDocument, state: RecordIndexState | null): RecordDocument {
  const { fileLocation: _location, ...meta } = doc;
  return { ...meta, indexed: state !== null, textPages: state?.textPages ?? 0, scannedPages: state?.scannedPages ?? 0 };
}
