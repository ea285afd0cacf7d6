import { z } from 'zod';
import { decisionSchema, determinationSchema } from '../../domain';

import { richTextDocSchema } from '../../editor';
import { defineMethod } from '../defineMethod';

const idSchema = z.string().min(1).max(100);
const savedSchema = z.object({ revision: z.number().int(), savedAt: z.string() });

export const determinationsContract = {
  'determinations.get': defineMethod({
    summary: "The case's determination draft (summary and per-item decisions)",
    input: z.object({ caseId: idSchema }).strict(),
    output: determinationSchema,
  }),
  'determinations.saveItem': defineMethod({
    summary: 'Persist one disputed item: decision, claims-administrator guideline, rationale',
    input: z
      .object({
        caseId: idSchema,
        itemId: idSchema,
        decision: decisionSchema.optional(),
        caGuideline: z.string().max(5000).optional(),
        rationale: richTextDocSchema.optional(),
      })
      .strict(),
    output: savedSchema,
  }),
  'determinations.saveSummary': defineMethod({
    summary: 'Persist the clinical case summary',
    input: z.object({ caseId: idSchema, summary: richTextDocSchema }).strict(),
    output: savedSchema,
  }),
} as const;
