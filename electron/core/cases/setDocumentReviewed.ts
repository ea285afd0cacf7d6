import type { DocumentMeta } from '../../../shared/domain';
import { AppError } from '../../../shared/ipc';
import { appendAuditEvent, findDocument, setDocumentReviewed as writeReviewed } from '../db';

import type { Workspace } from '../workspace';

export function setDocumentReviewed(ws: Workspace, documentId: string, reviewed: boolean): DocumentMeta {
  return ws.db.transaction(() => {
    const doc = findDocument(ws.db, documentId);
    if (!doc) throw new AppError('NOT_FOUND', 'That document is no longer in the case.');
    writeReviewed(ws.db, documentId, reviewed);
    appendAuditEvent(ws.db, {
      actor: 'reviewer',
      action: reviewed ? 'document.marked_reviewed' : 'document.unmarked_reviewed',
      caseId: doc.caseId,
      details: { documentId },
      at: ws.clock.now().toISOString(),
    });
    const { fileLocation: _location, ...meta } = { ...doc, reviewed };
    return meta;
  })();
}
