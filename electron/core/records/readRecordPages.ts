import type { PageText } from '../db';
import type { ExtractionPool } from './createExtractionPool';
import type { RecordFileKind } from './detectFileKind';
import { paginateText } from './paginateText';

export type ReadOutcome =
  { ok: true; pages: PageText[]; pageErrors: number } | { ok: false; cancelled: boolean; message: string };

export interface ReadProgress {
  opened(pageCount: number): void;
  pagesDone(count: number): void;
}

/** Page texts of one record file: pdf.js in the worker for PDFs, printed-size pages for text, one empty page for an image. */
export async function readRecordPages(
  name: string,
  kind: RecordFileKind,
  bytes: Uint8Array,
  worker: ExtractionPool,
  signal: AbortSignal,
  progress: ReadProgress,
): Promise<ReadOutcome> {
  if (kind === 'text') {
    const pages = paginateText(new TextDecoder('utf-8').decode(bytes)).map((text, i) => ({ page: i + 1, text }));
    progress.opened(pages.length);
    progress.pagesDone(pages.length);
    return { ok: true, pages, pageErrors: 0 };
  }
  if (kind === 'png' || kind === 'jpeg') {
    progress.opened(1);
    progress.pagesDone(1);
    return { ok: true, pages: [{ page: 1, text: '' }], pageErrors: 0 };
  }
  if (!hasEndOfFileMarker(bytes)) {
    return {
      ok: false,
      cancelled: false,
      message: `"${name}" is incomplete: the PDF ends early, as if it was cut off while copying or downloading. Copy it again from the source.`,
    };
  }
  const pages: PageText[] = [];
  const outcome = await worker.extractPdf(
    bytes,
    {
      onOpened: (count) => progress.opened(count),
      onPages: (batch) => {
        pages.push(...batch);
        progress.pagesDone(pages.length);
      },
    },
    signal,
  );
  if (outcome.ok) {
    pages.sort((a, b) => a.page - b.page);
    if (pages.length === 0)
      return {
        ok: false,
        cancelled: false,
        message: `"${name}" is a PDF with no pages. Ask the sender for the complete file.`,
      };
    return { ok: true, pages, pageErrors: outcome.pageErrors };
  }
  switch (outcome.reason) {
    case 'cancelled':
      return { ok: false, cancelled: true, message: `"${name}" was not imported: the import was cancelled.` };
    case 'password':
      return {
        ok: false,
        cancelled: false,
        message: `"${name}" is password-protected. Open it with its password, print or save it as a new PDF without a password, and import that.`,
      };
    case 'invalid':
      return {
        ok: false,
        cancelled: false,
        message: `"${name}" is damaged and cannot be read as a PDF (${outcome.message}). Ask the sender for a new copy.`,
      };
    case 'timeout':
      return {
        ok: false,
        cancelled: false,
        message: `"${name}" took too long to read (${outcome.message}) and was stopped; it may be damaged. Ask the sender for a new copy.`,
      };
    default:
      return {
        ok: false,
        cancelled: false,
        message: `"${name}" could not be read (${outcome.message}). Ask the sender for a new copy.`,
      };
  }
}

function hasEndOfFileMarker(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-2048).includes('%%EOF');
}
