import { isTransmissionLine } from './findDates';
import type { PageLayout } from './pageLayout';

const SPACE = 32;
const A = 97;
const Z = 122;
const ZERO = 48;
const NINE = 57;
/** Digits inside a word are letters OCR misread (0 for o, 1 for i, 5 for s, 8 for b); others are dropped. */
const DIGIT_LETTER = [111, 105, 0, 0, 0, 115, 0, 0, 98, 0];
const STAMP_ZONE = 4;
/** Reused between pages (the function is synchronous), so a case's pages do not each allocate one. */
let buffer = new Uint8Array(16384);

/**
 * A page's text as duplicate detection compares it: without the document's running headers and footers, fax and
 * print stamps, page and Bates numbers; lower case, accents and punctuation gone, numbers ignored (a re-paginated or
 * re-dated copy is still a copy: a word at least half digits is dropped), and letters OCR confuses folded together
 * (rn and m, vv and w, cl and d, l | ! and i). One pass over the characters, written straight into a reused buffer
 * as ASCII bytes: it runs on every page of a case. The bytes returned are that buffer, good until the next call.
 */
export function normalizeForDuplicates(layout: PageLayout): Uint8Array {
  const last = layout.lines.length - STAMP_ZONE;
  let n = 0;
  for (let i = 0; i < layout.lines.length; i++) {
    let line = layout.lines[i] as string;
    // Fax and print stamps stand at the top or bottom of a page.
    if (layout.furniture[i] || ((i < STAMP_ZONE || i >= last) && isTransmissionLine(line))) continue;
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(line)) line = line.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (buffer.length < n + line.length + 2) {
      const grown = new Uint8Array((n + line.length) * 2 + 2);
      grown.set(buffer.subarray(0, n));
      buffer = grown;
    }
    n = appendWords(line, buffer, n);
  }
  return buffer.subarray(0, n);
}

/**
 * Appends a line's words to `out` from `n` (each after a space unless it comes first) and returns the new end. A
 * word is a run of letters, digits, | and !; one whose characters are at least half digits is taken back out.
 */
function appendWords(line: string, out: Uint8Array, n: number): number {
  let wordStart = -1;
  let length = 0;
  let digits = 0;
  let previous = 0;
  for (let k = 0; k <= line.length; k++) {
    const c = k < line.length ? line.charCodeAt(k) : SPACE;
    const lower = c | 0x20;
    const digit = c >= ZERO && c <= NINE;
    if ((lower >= A && lower <= Z) || digit || c === 124 || c === 33) {
      if (wordStart < 0) {
        wordStart = n;
        if (n > 0) out[n++] = SPACE;
        length = 0;
        digits = 0;
        previous = 0;
      }
      length++;
      if (digit) digits++;
      // rn → m, vv → w, cl → d: the pair becomes its one letter.
      if (
        (previous === 114 && lower === 110) ||
        (previous === 118 && lower === 118) ||
        (previous === 99 && lower === 108)
      ) {
        out[n - 1] = lower === 110 ? 109 : lower === 118 ? 119 : 100;
        previous = 0;
        continue;
      }
      previous = lower;
      let folded = lower;
      if (digit) folded = DIGIT_LETTER[c - ZERO] ?? 0;
      else if (lower === 108 || c === 124 || c === 33) folded = 105;
      if (folded === 0) {
        previous = 0;
        continue;
      }
      out[n++] = folded;
      continue;
    }
    if (wordStart >= 0) {
      // A number (a date, a page or Bates number, a dose) is not part of what makes two pages copies.
      if (digits * 2 >= length || n === wordStart + (wordStart > 0 ? 1 : 0)) n = wordStart;
      wordStart = -1;
    }
  }
  return n;
}
