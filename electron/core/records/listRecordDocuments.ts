import type { RecordDocument } from '../../../shared/ipc';
import { listDocuments, listIndexStates, type RecordIndexState, type StoredDocument } from '../db';

import { requireCase } from '../cases';
import { recordFileProblem, type ContentStore } from '../recordStore';
import type { Workspace } from '../workspace';

export function listRecordDocuments(ws: Pick<Workspace, 'db' | 'store'>, caseId: string): RecordDocument[] {
  requireCase(ws.db, caseId);
  const states = new Map(listIndexStates(ws.db, caseId).map((s) => [s.documentId, s]));
  return listDocuments(ws.db, caseId).map((d) => toRecordDocument(d, states.get(d.id) ?? null, ws.store));
}

export function toRecordDocument(
  doc: StoredDocument,
  state: RecordIndexState | null,
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
  };
}
