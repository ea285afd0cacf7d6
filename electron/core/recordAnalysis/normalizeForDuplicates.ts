import { isTransmissionLine } from './findDates';
import type { PageLayout } from './pageLayout';

/** Letters OCR confuses, folded to one spelling on both sides of a comparison ("rn" read for "m", "1" for "l"). */
const OCR_FOLDS: Record<string, string> = { rn: 'm', vv: 'w', cl: 'd', l: 'i', '|': 'i', '!': 'i' };
const DIGIT_IN_WORD: Record<string, string> = { '0': 'o', '1': 'i', '5': 's', '8': 'b' };

/**
 * A page's text as duplicate detection compares it: without the document's running headers and footers, fax and
 * print stamps, page and Bates numbers; lower case, accents and punctuation gone, numbers ignored (a re-paginated or
 * re-dated copy is still a copy), and letters OCR confuses folded together.
 */
export function normalizeForDuplicates(layout: PageLayout): string {
  let text = layout.lines.filter((line, i) => !layout.furniture[i] && !isTransmissionLine(line)).join(' ');
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(text)) text = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return (
    text
      .toLowerCase()
      .replace(/(\w)-\s+(\w)/g, '$1$2')
      // A token at least half digits is a number (a date, a page, a dose): ignored. Digits inside words are letters.
      .replace(/[a-z0-9|!]+/g, (token) => {
        let digits = 0;
        for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) >= 48 && token.charCodeAt(i) <= 57) digits++;
        if (digits * 2 >= token.length) return ' ';
        return digits > 0 ? token.replace(/[0-9]/g, (d) => DIGIT_IN_WORD[d] ?? '') : token;
      })
      .replace(/rn|vv|cl|[l|!]/g, (m) => OCR_FOLDS[m] ?? m)
      .replace(/[^a-z]+/g, ' ')
      .trim()
  );
}
