import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/ipc/appError';
import { MAX_PREVIEW_PDF_BYTES, type LetterPreview } from '../../../shared/ipc/contracts/signingContract';
import { recordAuditEvent } from '../audit/recordAuditEvent';
import { renderLetterPdf } from '../letters/renderLetterPdf';
import type { Workspace } from '../workspace/workspace';
import { buildCaseLetter } from './buildCaseLetter';
import { loadFinalizeInput } from './loadFinalizeInput';

/** letter.preview: the letter exactly as signing would render it now (same model, same renderer, same date). */
export async function previewLetter(ws: Workspace, caseId: string): Promise<LetterPreview> {
  const input = loadFinalizeInput(ws, caseId);
  const pdf = await renderLetterPdf(buildCaseLetter(input));
  if (pdf.byteLength > MAX_PREVIEW_PDF_BYTES) {
    throw new AppError('INTERNAL', `The letter came out at ${Math.round(pdf.byteLength / 1e6)} MB, too large to preview. Shorten pasted content and try again.`);
  }
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  ws.db.transaction(() => recordAuditEvent(ws, { action: 'letter.previewed', caseId, details: { revision: input.determination.revision, sha256 }, coalesceMs: 60_000, sameAs: (previous) => previous['sha256'] === sha256 }))();
  return { pdfBase64: Buffer.from(pdf).toString('base64'), sizeBytes: pdf.byteLength, sha256, revision: input.determination.revision, decisionDate: input.today };
}
