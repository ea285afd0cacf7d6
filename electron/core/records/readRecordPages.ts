import UTIF from 'utif2';
import type { PageText } from '../db';
import { classifyPageText } from './classifyPageText';
import type { ExtractionPool } from './createExtractionPool';
import type { RecordFileKind } from './detectFileKind';
import { paginateText } from './paginateText';

export type ReadOutcome =
  | {
      ok: true;
      pages: PageText[];
      pageErrors: number;
      /** What the reviewer should know about the file's content (an unreadable XFA form). */
      notes: string[];
    }
  | { ok: false; cancelled: boolean; message: string };

export interface ReadProgress {
  opened(pageCount: number): void;
  pagesDone(count: number): void;
}

const imagePages = (count: number): PageText[] =>
  Array.from({ length: count }, (_, i) => ({ page: i + 1, text: '', ocrNeed: 'image' as const }));

/**
 * Page texts of one record file: pdf.js in the worker for PDFs (pdf.js decides what it can read: junk around the
 * file or a cut-off end are its to recover), printed-size pages for text, and one page per image (per TIFF page)
 * for OCR to read. Each page says whether it needs OCR.
 */
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
    return { ok: true, pages, pageErrors: 0, notes: [] };
  }
  if (kind === 'png' || kind === 'jpeg') {
    progress.opened(1);
    progress.pagesDone(1);
    return { ok: true, pages: imagePages(1), pageErrors: 0, notes: [] };
  }
  if (kind === 'tiff') {
    let count: number;
    try {
      count = UTIF.decode(Buffer.from(bytes)).filter((ifd) => ifd['t256'] && ifd['t257']).length;
    } catch (error) {
      return {
        ok: false,
        cancelled: false,
        message: `"${name}" is a damaged TIFF image (${error instanceof Error ? error.message : String(error)}). Ask the sender for a new copy.`,
      };
    }
    if (count === 0) return { ok: false, cancelled: false, message: `"${name}" is a TIFF file with no image in it.` };
    progress.opened(count);
    progress.pagesDone(count);
    return { ok: true, pages: imagePages(count), pageErrors: 0, notes: [] };
  }
  const pages: PageText[] = [];
  let xfa = false;
  const outcome = await worker.extractPdf(
    bytes,
    {
      onOpened: (count, isXfa) => {
        xfa = isXfa;
        progress.opened(count);
      },
      onPages: (batch) => {
        for (const p of batch)
          pages.push({
            page: p.page,
            text: p.text,
            extra: p.extra,
            scanDpi: p.scan?.dpi ?? null,
            ocrNeed: classifyPageText(p.text, p.scan),
          });
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
    const notes = xfa
      ? [
          'it is an XFA form: what was typed into it cannot be read here, only the form’s fallback pages. Open it in Adobe Reader, print it to PDF and import that as well',
        ]
      : [];
    return { ok: true, pages, pageErrors: outcome.pageErrors, notes };
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
        message: hasEndOfFileMarker(bytes)
          ? `"${name}" is damaged and cannot be read as a PDF (${outcome.message}). Ask the sender for a new copy.`
          : `"${name}" is incomplete: the PDF ends early, as if it was cut off while copying or downloading, and what is there cannot be read. Copy it again from the source.`,
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

/** Only consulted once pdf.js has given up on a file: a missing end marker then says why. */
function hasEndOfFileMarker(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-2048).includes('%%EOF');
}
