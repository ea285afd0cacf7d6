import type { DocumentMeta } from '../../../shared/domain';
import { AppError, type RecordDocument } from '../../../shared/ipc';

import { appendAuditEvent, findDocument, findIndexState, listOcrCounts, updateDocumentMeta } from '../db';

import type { Workspace } from '../workspace';
import { toRecordDocument } from './listRecordDocuments';
import { LOW_CONFIDENCE } from '../ocr';

export type DocumentMetaChange = Partial<Pick<DocumentMeta, 'title' | 'docType' | 'provider' | 'serviceDate'>>;

export function updateRecordDocument(ws: Workspace, documentId: string, change: DocumentMetaChange): RecordDocument {
  return ws.db.transaction(() => {
    const doc = findDocument(ws.db, documentId);
    if (!doc) throw new AppError('NOT_FOUND', 'That document is no longer in the case.');
    const next = {
      title: change.title ?? doc.title,
      docType: change.docType ?? doc.docType,
      provider: change.provider ?? doc.provider,
      serviceDate: change.serviceDate === undefined ? doc.serviceDate : change.serviceDate,
    };
    updateDocumentMeta(ws.db, documentId, next);
    appendAuditEvent(ws.db, {
      actor: 'reviewer',
      action: 'document.metadata_changed',
      caseId: doc.caseId,
      details: { documentId, fields: Object.keys(change) },
      at: ws.clock.now().toISOString(),
    });
    return toRecordDocument(
      { ...doc, ...next },
      findIndexState(ws.db, documentId),
      listOcrCounts(ws.db, doc.caseId, LOW_CONFIDENCE).find((c) => c.documentId === documentId) ?? null,
      ws.store,
    );
  })();
}
