import { z } from 'zod';
import { snippetSchema } from '../../domain';
import { richTextDocSchema } from '../../editor';
import { defineMethod } from '../defineMethod';

const idSchema = z.string().min(1).max(100);

export const snippetsContract = {
  'snippets.list': defineMethod({
    summary: "The reviewer's rationale snippets, by title",
    input: z.object({}).strict(),
    output: z.object({ snippets: z.array(snippetSchema) }),
  }),
  'snippets.save': defineMethod({
    summary: 'Create a snippet (no id) or replace one: title, keywords and rich text with citations and fill-in fields',
    input: z
      .object({
        id: idSchema.optional(),
        title: z.string().max(120),
        keywords: z.string().max(300).default(''),
        body: richTextDocSchema,
      })
      .strict(),
    output: snippetSchema,
  }),
  'snippets.delete': defineMethod({
    summary: 'Delete a snippet (text already inserted in rationales stays as it is)',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ deleted: z.boolean() }),
  }),
  'snippets.export': defineMethod({
    summary: 'The snippet library as a JSON file to keep or share',
    input: z.object({}).strict(),
    output: z.object({ fileName: z.string(), json: z.string(), count: z.number().int().min(0) }),
  }),
  'snippets.import': defineMethod({
    summary: 'Add the snippets of an exported file; a snippet with the same title and text is not added twice',
    input: z.object({ json: z.string().min(2).max(20_000_000) }).strict(),
    output: z.object({ added: z.number().int().min(0), skipped: z.number().int().min(0) }),
  }),
} as const;
