import { isTransmissionLine } from './findDates';
import type { PageLayout } from './pageLayout';

const SPACE = 32;
const A = 97;
const Z = 122;
const ZERO = 48;
const NINE = 57;
/** Digits inside a word are letters OCR misread (0 for o, 1 for i, 5 for s, 8 for b); others are dropped. */
const DIGIT_LETTER = [111, 105, 0, 0, 0, 115, 0, 0, 98, 0];
const latin1 = new TextDecoder('latin1');
const STAMP_ZONE = 4;
/** Reused between pages (the function is synchronous), so a case's pages do not each allocate one. */
let buffer = new Uint8Array(16384);

/**
 * A page's text as duplicate detection compares it: without the document's running headers and footers, fax and
 * print stamps, page and Bates numbers; lower case, accents and punctuation gone, numbers ignored (a re-paginated or
 * re-dated copy is still a copy: a word at least half digits is dropped), and letters OCR confuses folded together
 * (rn and m, vv and w, cl and d, l | ! and i). One pass over the characters: it runs on every page of a case.
 */
export function normalizeForDuplicates(layout: PageLayout): string {
  let text = '';
  const last = layout.lines.length - STAMP_ZONE;
  layout.lines.forEach((line, i) => {
    // Fax and print stamps stand at the top or bottom of a page.
    if (layout.furniture[i] || ((i < STAMP_ZONE || i >= last) && isTransmissionLine(line))) return;
    text += `${line} `;
  });
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(text)) text = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (buffer.length < text.length + 1) buffer = new Uint8Array(text.length * 2);
  const out = buffer;
  let n = 0;
  let start = 0;
  let digits = 0;
  const flush = (end: number) => {
    const length = end - start;
    if (length === 0 || digits * 2 >= length) return;
    if (n > 0) out[n++] = SPACE;
    let previous = 0;
    for (let k = start; k < end; k++) {
      const raw = text.charCodeAt(k) | 0x20;
      // rn → m, vv → w, cl → d: the pair becomes its one letter.
      if ((previous === 114 && raw === 110) || (previous === 118 && raw === 118) || (previous === 99 && raw === 108)) {
        out[n - 1] = raw === 110 ? 109 : raw === 118 ? 119 : 100;
        previous = 0;
        continue;
      }
      previous = raw;
      let c = raw;
      if (c >= ZERO && c <= NINE) c = DIGIT_LETTER[c - ZERO] ?? 0;
      else if (c === 108 || c === 124 || c === 33) c = 105;
      if (c === 0) {
        previous = 0;
        continue;
      }
      out[n++] = c;
    }
  };
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const lower = c | 0x20;
    const letter = lower >= A && lower <= Z;
    const digit = c >= ZERO && c <= NINE;
    if (letter || digit || c === 124 || c === 33) {
      if (digit) digits++;
      continue;
    }
    flush(k);
    start = k + 1;
    digits = 0;
  }
  flush(text.length);
  return latin1.decode(out.subarray(0, n));
}
