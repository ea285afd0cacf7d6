import { z } from 'zod';
import {
  CASE_QUERY_MAX_LENGTH,
  caseDetailSchema,
  caseListViewSchema,
  caseStatusSchema,
  caseSummarySchema,
  documentMetaSchema,
  prioritySchema,
} from '../../domain';
import { defineMethod } from '../defineMethod';

const idSchema = z.string().min(1).max(100);

export const casesContract = {
  'cases.list': defineMethod({
    summary: 'Cases for the inbox (open work first; by default all but the archived), filtered',
    input: z
      .object({
        status: caseStatusSchema.optional(),
        priority: prioritySchema.optional(),
        query: z.string().max(CASE_QUERY_MAX_LENGTH).optional(),
        view: caseListViewSchema.optional(),
        /** One page of the list: the window reads a long inbox in pages. */
        offset: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(5000).optional(),
      })
      .strict(),
    output: z.array(caseSummarySchema),
  }),
  'cases.count': defineMethod({
    summary: 'How many cases are open, closed (not archived) and archived',
    input: z.object({}).strict(),
    output: z.object({
      open: z.number().int().min(0),
      closed: z.number().int().min(0),
      archived: z.number().int().min(0),
    }),
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
