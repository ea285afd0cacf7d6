import { isLineBreak, type LetterInline } from '../../../shared/domain/letter';
import { fontStyleOf } from './fontStyleOf';
import type { FontStyle, MeasureText, PlacedRun } from './letterLayout';

interface Fragment {
  text: string;
  style: FontStyle;
}

type Token = { kind: 'word' | 'space'; parts: Fragment[] } | { kind: 'break' };

export interface WrapOptions {
  size: number;
  /** Left edge of every line. */
  x: number;
  maxWidth: number;
  measure: MeasureText;
  /** Forces every run to this style (headings). */
  style?: FontStyle;
}

/** Word wrap across style runs: lines break only at spaces (or inside a word longer than a line) and at hard breaks. */
export function wrapInlines(inlines: readonly LetterInline[], opts: WrapOptions): PlacedRun[][] {
  const lines: Fragment[][] = [[]];
  let width = 0;
  let pendingSpace: Fragment[] = [];
  const current = () => lines[lines.length - 1] as Fragment[];
  const newLine = () => {
    lines.push([]);
    width = 0;
    pendingSpace = [];
  };
  const widthOf = (parts: readonly Fragment[]) =>
    parts.reduce((sum, p) => sum + opts.measure(p.text, p.style, opts.size), 0);

  for (const token of tokenize(inlines, opts.style)) {
    if (token.kind === 'break') newLine();
    else if (token.kind === 'space') pendingSpace = current().length === 0 ? [] : [...pendingSpace, ...token.parts];
    else {
      const spaceWidth = widthOf(pendingSpace);
      const wordWidth = widthOf(token.parts);
      if (current().length > 0 && width + spaceWidth + wordWidth > opts.maxWidth) newLine();
      else {
        current().push(...pendingSpace);
        width += spaceWidth;
      }
      pendingSpace = [];
      for (const part of wordWidth > opts.maxWidth ? splitLongWord(token.parts) : token.parts) {
        const partWidth = widthOf([part]);
        if (current().length > 0 && width + partWidth > opts.maxWidth) newLine();
        current().push(part);
        width += partWidth;
      }
    }
  }
  return lines.map((line) => place(line, opts));
}

function tokenize(inlines: readonly LetterInline[], forced: FontStyle | undefined): Token[] {
  const tokens: Token[] = [];
  for (const inline of inlines) {
    if (isLineBreak(inline)) {
      tokens.push({ kind: 'break' });
      continue;
    }
    const style = forced ?? fontStyleOf(inline.bold, inline.italic);
    for (const chunk of inline.text.match(/\s+|\S+/g) ?? []) {
      const kind = /^\s/.test(chunk) ? 'space' : 'word';
      const last = tokens[tokens.length - 1];
      // A word split across styles ("**MRI**,") is still one word.
      if (last && last.kind === kind) last.parts.push({ text: chunk, style });
      else tokens.push({ kind, parts: [{ text: chunk, style }] });
    }
  }
  return tokens;
}

/** A word wider than the line is cut character by character. */
function splitLongWord(parts: readonly Fragment[]): Fragment[] {
  return parts.flatMap((part) => Array.from(part.text, (ch) => ({ text: ch, style: part.style })));
}

function place(line: readonly Fragment[], opts: WrapOptions): PlacedRun[] {
  const runs: PlacedRun[] = [];
  let x = opts.x;
  for (const part of line) {
    const last = runs[runs.length - 1];
    if (last && last.style === part.style) last.text += part.text;
    else runs.push({ text: part.text, style: part.style, size: opts.size, x });
    x += opts.measure(part.text, part.style, opts.size);
  }
  return runs;
}
