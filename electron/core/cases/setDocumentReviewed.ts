import type { DocumentMeta } from '../../../shared/domain';
import { AppError } from '../../../shared/ipc';
import { appendAuditEvent, findDocument, setDocumentReviewed as writeReviewed } from '../db';
import { recordFileProblem } from '../recordStore';

import type { Workspace } from '../workspace';

export function setDocumentReviewed(ws: Workspace, documentId: string, reviewed: boolean): DocumentMeta {
  return ws.db.transaction(() => {
    const doc = findDocument(ws.db, documentId);
    if (!doc) throw new AppError('NOT_FOUND', 'That document is no longer in the case.');
    const problem = reviewed ? recordFileProblem(ws.store, doc.fileLocation) : null;
    if (problem)
      throw new AppError(
        'CONFLICT',
        `"${doc.title}" cannot be marked reviewed: its file ${problem}, so it cannot have been read. ${
          problem === 'has not been downloaded yet'
            ? 'Sync to download it, then open and read it.'
            : 'Sync again to download a fresh copy, then read it.'
        }`,
      );
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
