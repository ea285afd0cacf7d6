import { z } from 'zod';
import { richTextDocSchema } from '../editor';

/** A reusable piece of rationale: rich text with citation chips and fill-in fields, from the reviewer's own library. */
export const snippetSchema = z.object({
  id: z.string().min(1).max(100),
  title: z.string().trim().min(1, 'Give the snippet a title').max(120),
  /** Words the picker also matches ("opioids norco weaning"). */
  keywords: z.string().max(300),
  body: richTextDocSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Snippet = z.infer<typeof snippetSchema>;

export const SNIPPET_EXPORT_FORMAT = 'imr-snippets/1';
export const MAX_SNIPPETS = 2000;

/** A snippet library as a file: what export writes and import reads. */
export const snippetExportSchema = z.object({
  format: z.literal(SNIPPET_EXPORT_FORMAT),
  snippets: z
    .array(
      snippetSchema.pick({ title: true, keywords: true, body: true }).extend({ id: z.string().max(100).optional() }),
    )
    .max(MAX_SNIPPETS),
});
export type SnippetExport = z.infer<typeof snippetExportSchema>;
