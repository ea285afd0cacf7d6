import { fieldTextOf, isCitationNode, isFieldNode, isQuoteNode, quoteTextOf, type RichTextNode } from '../../../editor';

const BLOCK_CONTAINERS = new Set(['doc', 'bulletList', 'orderedList', 'blockquote', 'listItem']);
const cache = new WeakMap<RichTextNode, string>();

/** The reviewer's own words: like richTextToPlainText but without citation chip labels, which are catalog text. */
export function proseTextOf(doc: RichTextNode): string {
  let text = cache.get(doc);
  if (text === undefined) {
    text = render(doc)
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    cache.set(doc, text);
  }
  return text;
}

function render(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (isCitationNode(node)) return '';
  if (isQuoteNode(node)) return quoteTextOf(node);
  if (isFieldNode(node)) return fieldTextOf(node);
  if (node.type === 'hardBreak') return '\n';
  const children = (node.content ?? []).map(render);
  return children.join(BLOCK_CONTAINERS.has(node.type) ? '\n\n' : '');
}
