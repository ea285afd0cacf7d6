import { z } from 'zod';
import { citationSnapshotSchema } from '../../citations';
import { decisionSchema, determinationSchema, MAX_ITEM_CITATIONS } from '../../domain';

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
    summary: 'Persist one disputed item: decision, claims-administrator guideline, rationale, its cited guidelines',
    input: z
      .object({
        caseId: idSchema,
        itemId: idSchema,
        decision: decisionSchema.optional(),
        caGuideline: z.string().max(5000).optional(),
        rationale: richTextDocSchema.optional(),
        citations: z.array(citationSnapshotSchema).max(MAX_ITEM_CITATIONS).optional(),
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
