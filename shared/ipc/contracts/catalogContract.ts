import { z } from 'zod';
import { catalogEntrySchema, literatureInputSchema } from '../../citations';

import { defineMethod } from '../defineMethod';

const catalogIdSchema = z.string().min(1).max(120);

export const catalogContract = {
  'catalog.local': defineMethod({
    summary:
      "The reviewer's own literature entries and recent citation picks (the built-in catalog ships with the renderer)",
    input: z.object({}).strict(),
    output: z.object({ entries: z.array(catalogEntrySchema), recentIds: z.array(catalogIdSchema) }),
  }),
  'catalog.addLiterature': defineMethod({
    summary:
      'Add a peer-reviewed article to the local catalog; an article with the same PMID or DOI is returned instead',
    input: literatureInputSchema.strict(),
    output: catalogEntrySchema,
  }),
  'catalog.removeLiterature': defineMethod({
    summary: 'Remove one of the reviewer’s own articles (citations already in a rationale keep their snapshot)',
    input: z.object({ id: catalogIdSchema }).strict(),
    output: z.object({ removed: z.boolean() }),
  }),
  'catalog.recordPick': defineMethod({
    summary: 'Remember a citation the reviewer just inserted, for the recent-picks boost',
    input: z.object({ catalogId: catalogIdSchema }).strict(),
    output: z.object({ recentIds: z.array(catalogIdSchema) }),
  }),
} as const;
