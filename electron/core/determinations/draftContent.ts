import { z } from 'zod';
import { decisionSchema } from '../../../shared/domain';

/** A draft exactly as stored, rich text kept as raw JSON text: a damaged draft can be snapshotted before it is replaced. */
export const draftContentSchema = z.object({
  summaryJson: z.string(),
  items: z.array(
    z.object({
      itemId: z.string().min(1),
      decision: decisionSchema,
      caGuideline: z.string(),
      /** null while the item has never been saved. */
      rationaleJson: z.string().nullable(),
      /** The item's citation list; absent in versions taken before items kept one. */
      citationsJson: z.string().nullable().optional(),
    }),
  ),
});
export type DraftContent = z.infer<typeof draftContentSchema>;
