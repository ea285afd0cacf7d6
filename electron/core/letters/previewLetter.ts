import { createHash } from 'node:crypto';
import { format } from 'date-fns';
import { AppError, MAX_PREVIEW_PDF_BYTES, type LetterPreview } from '../../../shared/ipc';

import { recordAuditEvent } from '../audit';
import { findLatestSignedDetermination } from '../db';
import { renderLetterPdf } from './renderLetterPdf';
import type { Workspace } from '../workspace';
import { buildCaseLetter } from './buildCaseLetter';
import { loadFinalizeInput } from '../determinations';
import { readSignedLetter } from '../packages';

/** letter.preview: while drafting, the letter exactly as signing would render it now; once signed, the signed letter itself. */
export async function previewLetter(ws: Workspace, caseId: string): Promise<LetterPreview> {
  const input = loadFinalizeInput(ws, caseId);
  const signed = input.determination.locked ? findLatestSignedDetermination(ws.db, caseId) : null;
  const pdf = signed ? readSignedLetter(ws, signed) : await renderLetterPdf(buildCaseLetter(input));
  if (pdf.byteLength > MAX_PREVIEW_PDF_BYTES) {
    throw new AppError(
      'INTERNAL',
      `The letter came out at ${Math.round(pdf.byteLength / 1e6)} MB, too large to preview. Shorten pasted content and try again.`,
    );
  }
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const revision = input.determination.revision;
  ws.db.transaction(() =>
    recordAuditEvent(ws, {
      action: 'letter.previewed',
      caseId,
      details: { revision, sha256 },
      coalesceMs: 60_000,
      sameAs: (previous) => previous['sha256'] === sha256,
    }),
  )();
  return {
    pdfBase64: Buffer.from(pdf).toString('base64'),
    sizeBytes: pdf.byteLength,
    sha256,
    revision,
    decisionDate: signed ? format(new Date(signed.signedAt), 'yyyy-MM-dd') : input.today,
    signedVersion: signed?.version ?? null,
  };
}
