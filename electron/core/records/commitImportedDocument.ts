import { randomUUID } from 'node:crypto';
import type { DocumentMeta } from '../../../shared/domain';
import {
  appendAuditEvent,
  findDocumentBySha,
  insertDocument,
  insertPages,
  insertViewingCopy,
  upsertIndexState,
  type PageText,
  type ViewingCopy,
} from '../db';

import type { StoredBlob } from '../recordStore';
import type { InferredMeta } from './inferDocumentMeta';
import type { Workspace } from '../workspace';

/** Bumped when extraction learns something new: documents indexed by an older one are re-read on start. */
export const EXTRACTOR = 'pdfjs-6/text-v2+ocr-need+fields';

export interface ImportedDocument {
  caseId: string;
  meta: InferredMeta;
  blob: StoredBlob;
  mimeType: string;
  pages: readonly PageText[];
  /** Stored already (content-addressed); recorded with the document. */
  viewingCopy: ViewingCopy | null;
}

/** The document, all its pages and its index state in one transaction: never a half-imported document. */
export function commitImportedDocument(
  ws: Workspace,
  input: ImportedDocument,
): { documentId: string; duplicateOf: DocumentMeta | null } {
  return ws.db.transaction(() => {
    const existing = findDocumentBySha(ws.db, input.caseId, input.blob.sha256);
    if (existing) return { documentId: existing.id, duplicateOf: existing };
    const documentId = randomUUID();
    const at = ws.clock.now().toISOString();
    insertDocument(ws.db, {
      id: documentId,
      caseId: input.caseId,
      ...input.meta,
      sha256: input.blob.sha256,
      pageCount: input.pages.length,
      mimeType: input.mimeType,
      sizeBytes: input.blob.size,
      fileLocation: input.blob.location,
      reviewed: false,
      importedAt: at,
    });
    insertPages(ws.db, documentId, input.caseId, input.pages);
    if (input.viewingCopy) insertViewingCopy(ws.db, input.viewingCopy);
    const textPages = input.pages.filter((p) => !p.ocrNeed).length;
    upsertIndexState(ws.db, {
      documentId,
      textPages,
      scannedPages: input.pages.length - textPages,
      extractor: EXTRACTOR,
      indexedAt: at,
    });
    appendAuditEvent(ws.db, {
      actor: 'reviewer',
      action: 'document.imported',
      caseId: input.caseId,
      details: { documentId, sha256: input.blob.sha256, pages: input.pages.length },
      at,
    });
    return { documentId, duplicateOf: null };
  })();
}
