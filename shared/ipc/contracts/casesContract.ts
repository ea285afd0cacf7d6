import { z } from 'zod';
import {
  caseDetailSchema,
  caseStatusSchema,
  caseSummarySchema,
  documentMetaSchema,
  prioritySchema,
} from '../../domain';
import { defineMethod } from '../defineMethod';

const idSchema = z.string().min(1).max(100);

export const casesContract = {
  'cases.list': defineMethod({
    summary: 'Assigned cases for the inbox (open work first), filtered; or the archived ones',
    input: z
      .object({
        status: caseStatusSchema.optional(),
        priority: prioritySchema.optional(),
        query: z.string().max(200).optional(),
        archived: z.boolean().optional(),
      })
      .strict(),
    output: z.array(caseSummarySchema),
  }),
  'cases.get': defineMethod({
    summary: 'One case with its disputed items and documents',
    input: z.object({ caseId: idSchema }).strict(),
    output: caseDetailSchema,
  }),
  'documents.setReviewed': defineMethod({
    summary: "Tick or untick a document on the reviewer's checklist",
    input: z.object({ documentId: idSchema, reviewed: z.boolean() }).strict(),
    output: documentMetaSchema,
  }),
} as const;
