import { citationLabelOf, isCitationNode, isQuoteNode, quoteTextOf, type RichTextNode } from '../../editor';
import type { LetterBlock, LetterInline } from './letterModel';
import { isLineBreak } from './letterModel';

interface Style {
  bold: boolean;
  italic: boolean;
}

const PLAIN: Style = { bold: false, italic: false };

/** Editor JSON to letter blocks: paragraphs, headings, lists, bold and italic; chips print their label, quotes their words. */
export function richTextToLetterBlocks(doc: RichTextNode): LetterBlock[] {
  return blocksOf(doc.content ?? []);
}

function blocksOf(nodes: readonly RichTextNode[]): LetterBlock[] {
  return nodes.flatMap(blockOf);
}

function blockOf(node: RichTextNode): LetterBlock[] {
  switch (node.type) {
    case 'heading': {
      const text = inlinesOf(node.content ?? [], PLAIN)
        .map((inline) => (isLineBreak(inline) ? ' ' : inline.text))
        .join('')
        .trim();
      return text === '' ? [] : [{ kind: 'heading', level: Number(node.attrs?.['level']) >= 4 ? 3 : 2, text }];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).map((item) =>
        blocksOf(item.type === 'listItem' ? (item.content ?? []) : [item]),
      );
      const start = Number(node.attrs?.['start'] ?? 1);
      return [
        { kind: 'list', ordered: node.type === 'orderedList', start: Number.isInteger(start) ? start : 1, items },
      ];
    }
    case 'blockquote':
    case 'listItem':
    case 'doc':
      return blocksOf(node.content ?? []);
    default: {
      const inlines = trimInlines(inlinesOf(node.content ?? [], PLAIN));
      return inlines.length === 0 ? [] : [{ kind: 'paragraph', inlines }];
    }
  }
}

function inlinesOf(nodes: readonly RichTextNode[], outer: Style): LetterInline[] {
  const out: LetterInline[] = [];
  for (const node of nodes) {
    const style = styleOf(node, outer);
    if (node.type === 'hardBreak') out.push({ lineBreak: true });
    else if (node.type === 'text') push(out, node.text ?? '', style);
    else if (isCitationNode(node)) push(out, citationLabelOf(node), style);
    else if (isQuoteNode(node)) push(out, `\u201c${quoteTextOf(node)}\u201d`, style);
    else out.push(...inlinesOf(node.content ?? [], style));
  }
  return out;
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
