import type { LetterBlock, LetterInline } from './letterModel';

/** "Label: value" with the label in bold, as the letter prints its fields. */
export function labelledParagraph(label: string, value: string | LetterInline[]): LetterBlock {
  const rest: LetterInline[] =
    typeof value === 'string' ? (value === '' ? [] : [{ text: value, bold: false, italic: false }]) : value;
  return { kind: 'paragraph', inlines: [{ text: `${label}: `, bold: true, italic: false }, ...rest] };
}
