import type { ImportFileStatus } from '../../../shared/ipc';
import {
  deletePages,
  findDocument,
  insertPages,
  insertViewingCopy,
  setDocumentPageCount,
  upsertIndexState,
  type StoredDocument,
} from '../db';

import { applyLiveOcr } from './applyLiveOcr';
import { EXTRACTOR } from './commitImportedDocument';
import { detectFileKind } from './detectFileKind';
import type { ImportContext } from './importContext';
import { readRecordPages } from './readRecordPages';
import { storeViewingCopy } from './storeViewingCopy';

import { errorMessage } from '../../../shared/errorMessage';

/** Re-extracts one stored file and swaps its pages in one transaction; the old pages stay until then. */
export async function reindexOneDocument(ctx: ImportContext, doc: StoredDocument, st: ImportFileStatus): Promise<void> {
  const { ws } = ctx;
  let bytes: Buffer;
  try {
    bytes = ws.store.read(doc.fileLocation);
  } catch (error) {
    Object.assign(st, { state: 'failed', message: `"${doc.title}": ${errorMessage(error)}` });
    return;
  }
  const detected = detectFileKind(doc.mimeType === 'application/pdf' ? `${doc.title}.pdf` : doc.title, bytes);
  if ('problem' in detected) return void Object.assign(st, { state: 'failed', message: detected.problem });
  st.state = 'reading';
  ctx.onProgress();
  const outcome = await readRecordPages(doc.title, detected.kind, bytes, ctx.worker, ctx.signal, {
    opened: (count) => {
      st.pageCount = count;
      ctx.onProgress();
    },
    pagesDone: (count) => {
      st.pagesDone = count;
      ctx.onProgress();
    },
  });
  if (!outcome.ok)
    return void Object.assign(st, {
      state: outcome.cancelled ? 'cancelled' : 'failed',
      message: outcome.message,
      pagesDone: 0,
    });
  const viewingCopy =
    detected.kind === 'pdf' ? await storeViewingCopy(ctx, doc.sha256, bytes, outcome.pages.length) : null;
  if (ctx.signal.aborted)
    return void Object.assign(st, {
      state: 'cancelled',
      pagesDone: 0,
      message: 'Cancelled; the previous index of this document is kept.',
    });
  const textPages = outcome.pages.filter((p) => !p.ocrNeed).length;
  const kept = ws.db.transaction(() => {
    if (!findDocument(ws.db, doc.id)) return false;
    deletePages(ws.db, doc.id);
    insertPages(ws.db, doc.id, doc.caseId, outcome.pages);
    applyLiveOcr(ws.db, doc.id, outcome.pages);
    setDocumentPageCount(ws.db, doc.id, outcome.pages.length);
    if (viewingCopy) insertViewingCopy(ws.db, viewingCopy);
    upsertIndexState(ws.db, {
      documentId: doc.id,
      textPages,
      scannedPages: outcome.pages.length - textPages,
      extractor: EXTRACTOR,
      indexedAt: ws.clock.now().toISOString(),
    });
    return true;
  })();
  if (kept) ctx.indexed(doc.id);
  Object.assign(
    st,
    kept
      ? {
          state: 'imported',
          documentId: doc.id,
          pageCount: outcome.pages.length,
          pagesDone: outcome.pages.length,
          message: `${outcome.pages.length} page${outcome.pages.length === 1 ? '' : 's'} indexed`,
        }
      : { state: 'failed', message: `"${doc.title}" was removed from the case while it was being indexed.` },
  );
}
