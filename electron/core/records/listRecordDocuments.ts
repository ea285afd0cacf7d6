import type { RecordDocument } from '../../../shared/ipc/contracts/recordsContract';
import { listDocuments, type StoredDocument } from '../db/repositories/documentRepository';
import { listIndexStates, type RecordIndexState } from '../db/repositories/recordPageRepository';
import type { Db } from '../db/openDatabase';
import { requireCase } from '../cases/requireCase';

export function listRecordDocuments(db: Db, caseId: string): RecordDocument[] {
  requireCase(db, caseId);
  const states = new Map(listIndexStates(db, caseId).map((s) => [s.documentId, s]));
  return listDocuments(db, caseId).map((d) => toRecordDocument(d, states.get(d.id) ?? null));
}

export function toRecordDocument(doc: StoredDocument, state: RecordIndexState | null): RecordDocument {
  const { fileLocation: _location, ...meta } = doc;
  return { ...meta, indexed: state !== null, textPages: state?.textPages ?? 0, scannedPages: state?.scannedPages ?? 0 };
}
