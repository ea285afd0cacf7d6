import { z } from 'zod';
import { decisionSchema } from './caseModel';
import { citationAttrsOf, richTextDocSchema, visitRichText, type RichTextDoc } from '../editor';
import type { CitationSnapshot } from '../citations';

export const itemDeterminationSchema = z.object({
  itemId: z.string().min(1),
  decision: decisionSchema,
  caGuideline: z.string().max(5000),
  rationale: richTextDocSchema,
  updatedAt: z.string(),
});
export type ItemDetermination = z.infer<typeof itemDeterminationSchema>;

export const determinationSchema = z.object({
  caseId: z.string().min(1),
  summary: richTextDocSchema,
  items: z.array(itemDeterminationSchema),
  revision: z.number().int().min(0),
  locked: z.boolean(),
  updatedAt: z.string(),
});
export type Determination = z.infer<typeof determinationSchema>;

/** Citations of an item are the chips in its rationale, in document order, without duplicates. */
export function citationsOf(rationale: RichTextDoc): CitationSnapshot[] {
  const seen = new Set<string>();
  const out: CitationSnapshot[] = [];
  visitRichText(rationale, (node) => {
    const citation = citationAttrsOf(node);
    if (citation && !seen.has(citation.catalogId)) {
      seen.add(citation.catalogId);
      out.push(citation);
    }
  });
  return out;
}
