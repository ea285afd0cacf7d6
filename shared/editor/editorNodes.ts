import { z } from 'zod';
import { citationSnapshotSchema, type CitationSnapshot } from '../citations';

/**
 * The editor's own inline nodes, named once: the renderer's TipTap extensions, the checks and the letter all read
 * documents through these names and attribute schemas, never through bare strings.
 */
/** The part of a stored rich-text node these readers look at (richText.ts's RichTextNode has it). */
export interface NodeLike {
  type: string;
  attrs?: Record<string, unknown> | undefined;
}

export const EDITOR_NODE = {
  /** A guideline citation chip; its attributes are exactly a CitationSnapshot. */
  citation: 'citation',
  /** Words quoted from a record, with the document and page they come from. */
  quote: 'quote',
  /** A fill-in field of a snippet ("[functional gains]"): still there means still unfilled. */
  field: 'field',
} as const;

export const fieldAttrsSchema = z.object({ label: z.string().min(1).max(80) });
export type FieldAttrs = z.infer<typeof fieldAttrsSchema>;

export const isFieldNode = (node: Pick<NodeLike, 'type'>): boolean => node.type === EDITOR_NODE.field;

/** A fill-in field's label, or null when the node is not a (well-formed) field. */
export function fieldAttrsOf(node: NodeLike): FieldAttrs | null {
  if (!isFieldNode(node)) return null;
  const parsed = fieldAttrsSchema.safeParse(node.attrs ?? {});
  return parsed.success ? parsed.data : null;
}

/** What an unfilled field prints as text: its label in brackets, which the placeholder check reports. */
export const fieldTextOf = (node: NodeLike): string => `[${fieldAttrsOf(node)?.label ?? 'field'}]`;

/** Content to insert for a fill-in field. */
export function fieldContent(label: string): NodeLike {
  return { type: EDITOR_NODE.field, attrs: { ...fieldAttrsSchema.parse({ label: label.trim().slice(0, 80) }) } };
}

export const MAX_QUOTE_CHARS = 2000;

export const quoteAttrsSchema = z.object({
  text: z.string().max(MAX_QUOTE_CHARS),
  documentId: z.string(),
  /** 1-based page of the record the words come from. */
  page: z.number().int().min(1),
});
export type QuoteAttrs = z.infer<typeof quoteAttrsSchema>;

export const citationAttrsSchema = citationSnapshotSchema;

export const isCitationNode = (node: Pick<NodeLike, 'type'>): boolean => node.type === EDITOR_NODE.citation;
export const isQuoteNode = (node: Pick<NodeLike, 'type'>): boolean => node.type === EDITOR_NODE.quote;

/** A citation chip's snapshot, or null when the node is not a (well-formed) citation. */
export function citationAttrsOf(node: NodeLike): CitationSnapshot | null {
  if (!isCitationNode(node)) return null;
  const parsed = citationAttrsSchema.safeParse(node.attrs ?? {});
  return parsed.success ? parsed.data : null;
}

/** A quote's text and source, or null when the node is not a (well-formed) quote. */
export function quoteAttrsOf(node: NodeLike): QuoteAttrs | null {
  if (!isQuoteNode(node)) return null;
  const parsed = quoteAttrsSchema.safeParse(node.attrs ?? {});
  return parsed.success ? parsed.data : null;
}

/** What a chip prints as text (the letter, plain text): its frozen label, or nothing. */
export const citationLabelOf = (node: NodeLike): string => citationAttrsOf(node)?.label ?? '';
/** What a quote prints as text: the quoted words, or nothing. */
export const quoteTextOf = (node: NodeLike): string => quoteAttrsOf(node)?.text ?? '';

/** Content to insert for a citation chip. */
export function citationContent(snapshot: CitationSnapshot): NodeLike {
  return { type: EDITOR_NODE.citation, attrs: { ...citationAttrsSchema.parse(snapshot) } };
}

/** Content to insert for a quote (the text trimmed and capped as the editor stores it). */
export function quoteContent(quote: QuoteAttrs): NodeLike {
  const attrs = quoteAttrsSchema.parse({ ...quote, text: quote.text.trim().slice(0, MAX_QUOTE_CHARS) });
  return { type: EDITOR_NODE.quote, attrs: { ...attrs } };
}
