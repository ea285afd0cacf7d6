import { z } from 'zod';
import { decisionSchema } from './caseModel';
import { citationAttrsOf, richTextDocSchema, visitRichText, type RichTextDoc } from '../editor';
import { citationSnapshotSchema, type CitationSnapshot } from '../citations';

export const MAX_ITEM_CITATIONS = 60;

export const itemDeterminationSchema = z.object({
  itemId: z.string().min(1),
  decision: decisionSchema,
  caGuideline: z.string().max(5000),
  rationale: richTextDocSchema,
  /**
   * The guidelines the item cites, in the reviewer's order: added from the picker, reordered, removed. Chips in the
   * rationale are anchors that add to it (itemCitationsOf). Absent in drafts saved before the list existed.
   */
  citations: z.array(citationSnapshotSchema).max(MAX_ITEM_CITATIONS).optional(),
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

/**
 * What an item cites, as the guideline line prints it: the item's list in the reviewer's order, then any chip in the
 * rationale the list does not hold yet (document order), without duplicates.
 */
export function itemCitationsOf(det: Pick<ItemDetermination, 'citations' | 'rationale'>): CitationSnapshot[] {
  const seen = new Set<string>();
  const out: CitationSnapshot[] = [];
  for (const citation of [...(det.citations ?? []), ...citationsOf(det.rationale)]) {
    if (seen.has(citation.catalogId)) continue;
    seen.add(citation.catalogId);
    out.push(citation);
  }
  return out;
}
