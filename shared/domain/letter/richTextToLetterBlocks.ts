import { shortLabelOf } from '../../citations';
import {
  citationAttrsOf,
  fieldTextOf,
  isCitationNode,
  isFieldNode,
  isQuoteNode,
  quoteTextOf,
  type RichTextNode,
} from '../../editor';
import type { LetterBlock, LetterInline } from './letterModel';
import { isLineBreak } from './letterModel';
import { CHIP_MARK, placeCitations, type ChipText, type InlineCitationStyle } from './placeCitations';

interface Style {
  bold: boolean;
  italic: boolean;
}

const PLAIN: Style = { bold: false, italic: false };

interface Context {
  readonly citations: InlineCitationStyle;
  /** The chips of the document in order; runs carry their numbers until the paragraph is mended. */
  readonly chips: ChipText[];
}

/**
 * Editor JSON to letter blocks: paragraphs, headings, lists, bold and italic; quotes print their words, citation chips
 * print as the workspace chooses (nothing, as real letters do; a short form; or the full citation) with the spacing
 * and punctuation around them mended.
 */
export function richTextToLetterBlocks(doc: RichTextNode, citations: InlineCitationStyle = 'full'): LetterBlock[] {
  return blocksOf(doc.content ?? [], { citations, chips: [] });
}

function blocksOf(nodes: readonly RichTextNode[], ctx: Context): LetterBlock[] {
  return nodes.flatMap((node) => blockOf(node, ctx));
}

function blockOf(node: RichTextNode, ctx: Context): LetterBlock[] {
  switch (node.type) {
    case 'heading': {
      const text = mended(inlinesOf(node.content ?? [], PLAIN, ctx), ctx)
        .map((inline) => (isLineBreak(inline) ? ' ' : inline.text))
        .join('')
        .trim();
      return text === '' ? [] : [{ kind: 'heading', level: Number(node.attrs?.['level']) >= 4 ? 3 : 2, text }];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).map((item) =>
        blocksOf(item.type === 'listItem' ? (item.content ?? []) : [item], ctx),
      );
      const start = Number(node.attrs?.['start'] ?? 1);
      return [
        { kind: 'list', ordered: node.type === 'orderedList', start: Number.isInteger(start) ? start : 1, items },
      ];
    }
    case 'blockquote':
    case 'listItem':
    case 'doc':
      return blocksOf(node.content ?? [], ctx);
    default: {
      const inlines = trimInlines(mended(inlinesOf(node.content ?? [], PLAIN, ctx), ctx));
      return inlines.length === 0 ? [] : [{ kind: 'paragraph', inlines }];
    }
  }
}

function inlinesOf(nodes: readonly RichTextNode[], outer: Style, ctx: Context): LetterInline[] {
  const out: LetterInline[] = [];
  for (const node of nodes) {
    const style = styleOf(node, outer);
    if (node.type === 'hardBreak') out.push({ lineBreak: true });
    else if (node.type === 'text') push(out, (node.text ?? '').replaceAll(CHIP_MARK, ''), style);
    else if (isCitationNode(node)) {
      const chip = citationAttrsOf(node);
      if (chip === null) continue;
      ctx.chips.push({ full: chip.label, short: shortLabelOf(chip) });
      // A chip takes the style of the text before it, so it joins that run and its spacing can be mended.
      const last = out[out.length - 1];
      const chipStyle = last && !isLineBreak(last) ? { bold: last.bold, italic: last.italic } : style;
      push(out, `${CHIP_MARK}${ctx.chips.length - 1}${CHIP_MARK}`, chipStyle);
    } else if (isQuoteNode(node)) push(out, `\u201c${quoteTextOf(node)}\u201d`, style);
    else if (isFieldNode(node)) push(out, fieldTextOf(node), style);
    else out.push(...inlinesOf(node.content ?? [], style, ctx));
  }
  return out;
}

function mended(inlines: LetterInline[], ctx: Context): LetterInline[] {
  return inlines
    .map((inline) =>
      isLineBreak(inline) || !inline.text.includes(CHIP_MARK)
        ? inline
        : { ...inline, text: placeCitations(inline.text, ctx.citations, (i) => ctx.chips[i]) },
    )
    .filter((inline) => isLineBreak(inline) || inline.text !== '');
}

function styleOf(node: RichTextNode, outer: Style): Style {
  const marks = new Set((node.marks ?? []).map((m) => m.type));
  return { bold: outer.bold || marks.has('bold'), italic: outer.italic || marks.has('italic') };
}

function push(out: LetterInline[], raw: string, style: Style): void {
  const text = raw.replace(/[\t\n\r\v\f]+/g, ' ');
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && !isLineBreak(last) && last.bold === style.bold && last.italic === style.italic) last.text += text;
  else out.push({ text, ...style });
}

/** Leading/trailing blanks and line breaks would print as empty lines. */
function trimInlines(inlines: LetterInline[]): LetterInline[] {
  const out = [...inlines];
  while (out.length > 0 && isBlank(out[0] as LetterInline)) out.shift();
  while (out.length > 0 && isBlank(out[out.length - 1] as LetterInline)) out.pop();
  const first = out[0];
  if (first && !isLineBreak(first)) out[0] = { ...first, text: first.text.trimStart() };
  const last = out[out.length - 1];
  if (last && !isLineBreak(last)) out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  return out;
}

function isBlank(inline: LetterInline): boolean {
  return isLineBreak(inline) || inline.text.trim() === '';
}
