import { z } from 'zod';
import { citationLabelOf, fieldTextOf, isCitationNode, isFieldNode, isQuoteNode, quoteTextOf } from './editorNodes';

/** ProseMirror/TipTap JSON as stored on disk. Validated on load so a corrupt draft is reported, not dropped. */
export interface RichTextMark {
  type: string;
  attrs?: Record<string, unknown> | undefined;
}

export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: RichTextNode[] | undefined;
  marks?: RichTextMark[] | undefined;
  text?: string | undefined;
}

const markSchema: z.ZodType<RichTextMark> = z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const richTextNodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(richTextNodeSchema).max(100_000).optional(),
    marks: z.array(markSchema).max(32).optional(),
    text: z.string().max(1_000_000).optional(),
  }),
);

export const richTextDocSchema = richTextNodeSchema.refine((node) => node.type === 'doc', {
  message: 'Rich text must be a document (type "doc")',
});

export type RichTextDoc = RichTextNode;

export function emptyRichText(): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

export function richTextFromParagraphs(paragraphs: readonly string[]): RichTextDoc {
  return {
    type: 'doc',
    content: paragraphs.map((text) =>
      text.length > 0 ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' },
    ),
  };
}

/** Plain text of a document: blocks separated by blank lines, citation chips by their label. */
export function richTextToPlainText(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (isCitationNode(node)) return citationLabelOf(node);
  if (isQuoteNode(node)) return quoteTextOf(node);
  if (isFieldNode(node)) return fieldTextOf(node);
  if (node.type === 'hardBreak') return '\n';
  const children = (node.content ?? []).map(richTextToPlainText);
  const isBlockContainer =
    node.type === 'doc' ||
    node.type === 'bulletList' ||
    node.type === 'orderedList' ||
    node.type === 'blockquote' ||
    node.type === 'listItem';
  return children.join(isBlockContainer ? '\n\n' : '').replace(/\n{3,}/g, '\n\n');
}

export function visitRichText(node: RichTextNode, visit: (node: RichTextNode) => void): void {
  visit(node);
  for (const child of node.content ?? []) visitRichText(child, visit);
}
