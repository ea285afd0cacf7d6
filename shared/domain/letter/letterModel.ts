/** A stretch of text in one style. A run never holds a line break; hard breaks are their own inline. */
export interface LetterRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type LetterInline = LetterRun | { lineBreak: true };

export type LetterBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; inlines: LetterInline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: LetterBlock[][] };

/** The Final Determination Letter as data: what the PDF renderer draws and the pre-sign checks read. */
export interface LetterModel {
  caseNumber: string;
  /** The PDF's Title property; never names the reviewer. */
  title: string;
  /** YYYY-MM-DD; the PDF's creation and modification dates derive from it so a re-render gives the same bytes. */
  decisionDate: string;
  blocks: LetterBlock[];
}

export function isLineBreak(inline: LetterInline): inline is { lineBreak: true } {
  return 'lineBreak' in inline;
}
