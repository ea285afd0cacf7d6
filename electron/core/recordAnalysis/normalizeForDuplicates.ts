import { isTransmissionLine } from './findDates';
import type { PageLayout } from './pageLayout';

/** Letters OCR confuses, folded to one spelling on both sides of a comparison ("rn" read for "m", "1" for "l"). */
const OCR_FOLDS: [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/[l|!]/g, 'i'],
  [/cl/g, 'd'],
];
const DIGIT_IN_WORD: Record<string, string> = { '0': 'o', '1': 'i', '5': 's', '8': 'b' };

/**
 * A page's text as duplicate detection compares it: without the document's running headers and footers, fax and
 * print stamps, page and Bates numbers; lower case, accents and punctuation gone, numbers ignored (a re-paginated or
 * re-dated copy is still a copy), and letters OCR confuses folded together.
 */
export function normalizeForDuplicates(layout: PageLayout): string {
  const kept = layout.lines.filter((line, i) => !layout.furniture[i] && !isTransmissionLine(line));
  const tokens: string[] = [];
  for (const raw of kept
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\w)-\s+(\w)/g, '$1$2')
    .split(/[^a-z0-9|!]+/)) {
    if (raw === '') continue;
    const digits = raw.replace(/[^0-9]/g, '').length;
    if (digits * 2 >= raw.length) continue;
    let token = digits > 0 ? raw.replace(/[0-9]/g, (d) => DIGIT_IN_WORD[d] ?? '') : raw;
    for (const [pattern, to] of OCR_FOLDS) token = token.replace(pattern, to);
    if (token !== '') tokens.push(token);
  }
  return tokens.join(' ');
}
