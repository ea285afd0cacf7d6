import { createHash } from 'node:crypto';
import type { ImportFileStatus } from '../../../shared/ipc';
import { findDocumentBySha, findIndexedTwin, readPages } from '../db';

import { commitImportedDocument } from './commitImportedDocument';
import { storeViewingCopy } from './storeViewingCopy';
import type { StagedFile } from './createUploadStaging';
import type { ImportContext } from './importContext';
import { detectFileKind, MIME_TYPES } from './detectFileKind';
import { inferDocumentMeta } from './inferDocumentMeta';
import { readRecordPages, type ReadOutcome } from './readRecordPages';

const fail = (st: ImportFileStatus, message: string) => Object.assign(st, { state: 'failed', message });

/** Reads, stores and commits one file, recording the outcome on its status row; never throws for a bad file. */
export async function importOneFile(
  ctx: ImportContext,
  caseId: string,
  file: StagedFile,
  st: ImportFileStatus,
): Promise<void> {
  const { ws } = ctx;
  if (!file.bytes) return void fail(st, file.problem ?? `"${file.name}" could not be read.`);
  if (file.bytes.byteLength > ctx.limits.maxFileBytes) {
    return void fail(
      st,
      `"${file.name}" is too large to import (the limit is ${Math.round(ctx.limits.maxFileBytes / 1048576)} MB). Split it into smaller PDFs.`,
    );
  }
  const detected = detectFileKind(file.name, file.bytes);
  if ('problem' in detected) return void fail(st, detected.problem);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const existing = findDocumentBySha(ws.db, caseId, sha256);
  if (existing)
    return void Object.assign(st, {
      state: 'duplicate',
      documentId: existing.id,
      pageCount: existing.pageCount,
      message: `"${file.name}" is already in this case as "${existing.title}".`,
    });

  st.state = 'reading';
  ctx.onProgress();
  const twin = findIndexedTwin(ws.db, sha256);
  // The same file in another case: its text layer is copied (OCR text is not: this document gets its own OCR).
  const outcome: ReadOutcome = twin
    ? {
        ok: true,
        pages: readPages(ws.db, twin, 1, Number.MAX_SAFE_INTEGER).map((p) => ({
          ...p,
          text: p.source === 'ocr' ? '' : p.text,
          source: 'text' as const,
        })),
        pageErrors: 0,
        notes: [],
      }
    : await readRecordPages(file.name, detected.kind, file.bytes, ctx.worker, ctx.signal, {
        opened: (count) => {
          st.pageCount = count;
          ctx.onProgress();
        },
        pagesDone: (count) => {
          st.pagesDone = count;
          ctx.onProgress();
        },
      });
  if (!outcome.ok) {
    Object.assign(st, { state: outcome.cancelled ? 'cancelled' : 'failed', message: outcome.message, pagesDone: 0 });
    return;
  }
  const viewingCopy =
    detected.kind === 'pdf' ? await storeViewingCopy(ctx, sha256, file.bytes, outcome.pages.length) : null;
  if (ctx.signal.aborted)
    return void Object.assign(st, {
      state: 'cancelled',
      pagesDone: 0,
      message: `"${file.name}" was not imported: the import was cancelled.`,
    });

  const blob = ws.store.put(file.bytes);
  const meta = inferDocumentMeta(
    file.name,
    outcome.pages
      .slice(0, 2)
      .map((p) => p.text)
      .join('\n'),
  );
  const { documentId, duplicateOf } = commitImportedDocument(ws, {
    caseId,
    meta,
    blob,
    mimeType: MIME_TYPES[detected.kind],
    pages: outcome.pages,
    viewingCopy,
  });
  const scanned = outcome.pages.filter((p) => p.ocrNeed).length;
  if (!duplicateOf) ctx.indexed(documentId);
  Object.assign(st, {
    state: duplicateOf ? 'duplicate' : 'imported',
    documentId,
    pageCount: outcome.pages.length,
    pagesDone: outcome.pages.length,
    message: duplicateOf
      ? `"${file.name}" is already in this case as "${duplicateOf.title}".`
      : describeImported(outcome.pages.length, scanned, outcome.pageErrors, outcome.notes),
  });
}

function describeImported(pages: number, scanned: number, pageErrors: number, notes: readonly string[]): string {
  const parts = [`${pages} page${pages === 1 ? '' : 's'}`];
  if (scanned > 0) parts.push(`${scanned} scanned — queued for OCR (searchable once read)`);
  if (pageErrors > 0) parts.push(`${pageErrors} page${pageErrors === 1 ? '' : 's'} could not be read`);
  return [parts.join(', '), ...notes].join('; ');
}
