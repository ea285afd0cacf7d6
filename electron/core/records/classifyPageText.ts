import type { OcrNeed } from '../db';

/** What the text reader learned about a page's scanned images (only looked at for pages with little text). */
export interface PageScan {
  /** Share of the page covered by images, 0-1. */
  coverage: number;
  /** Resolution of the largest image, in dots per inch. */
  dpi: number | null;
}

/** A full-page scan with less text than this in its text layer is read by OCR (and keeps the richer of the two). */
export const SPARSE_CHARS = 200;

const DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b[A-Z]{3}[-\s]\d{1,2}[-\s,]+\d{2,4}\b/i;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\b/i;
const PHONE = /\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/;
const FAX_WORDS = /\b(?:fax|from|to|page|pg|p\.?\s*\d+|\d+\s*(?:\/|of)\s*\d+|#\s*\d+)\b/i;

/** A line a fax machine prints across the top of each page: date or time, numbers, "FROM", "P.001/004" and the like. */
export function isFaxHeaderLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 160) return false;
  // A sentence of the record that happens to hold a date is prose: a header has hardly any lower-case words.
  if ((trimmed.match(/\b[a-z]{3,}\b/g) ?? []).length > 3) return false;
  const marks = [DATE, TIME, PHONE, FAX_WORDS].filter((re) => re.test(trimmed)).length;
  return marks >= 2;
}

/** Letters and digits on the page outside fax header lines. */
export function meaningfulChars(text: string): number {
  return text
    .split('\n')
    .filter((line) => !isFaxHeaderLine(line))
    .join('')
    .replace(/[^\p{L}\p{N}]/gu, '').length;
}

/**
 * Whether a page's text layer is all there is to read, or the page needs OCR: no text at all, only the fax
 * header line, or a full-page scan with a few words of text (a Bates stamp, a typed label) over it.
 */
export function classifyPageText(text: string, scan: PageScan | null): OcrNeed | null {
  const chars = meaningfulChars(text);
  if (chars === 0) return text.trim() ? 'header-only' : 'no-text';
  if (scan && scan.coverage >= 0.5 && chars < SPARSE_CHARS) return 'sparse';
  return null;
}
