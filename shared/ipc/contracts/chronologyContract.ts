import { z } from 'zod';
import { documentTypeSchema, isoDateSchema } from '../../domain';
import { defineMethod } from '../defineMethod';

const idSchema = z.string().min(1).max(100);
const pageSchema = z.number().int().min(1).max(100_000);
const confidenceSchema = z.number().min(0).max(1);
const pageRefSchema = z.object({ documentId: idSchema, page: pageSchema }).strict();

export const analysisStatusSchema = z.object({
  state: z.enum(['idle', 'queued', 'running']),
  analyzedAt: z.string().nullable(),
  pages: z.number().int().min(0),
  durationMs: z.number().int().min(0),
  /** False when the duplicate search ran out of time before comparing every page. */
  complete: z.boolean(),
});
export type AnalysisStatus = z.infer<typeof analysisStatusSchema>;

export const encounterSpanSchema = z.object({
  documentId: z.string(),
  documentTitle: z.string(),
  startPage: z.number().int().min(1),
  endPage: z.number().int().min(1),
});
export type EncounterSpan = z.infer<typeof encounterSpanSchema>;

export const encounterSchema = encounterSpanSchema.extend({
  /** documentId:startPage, stable while the reviewer does not move its first page. */
  id: z.string(),
  serviceDate: isoDateSchema.nullable(),
  dateConfidence: confidenceSchema,
  docType: documentTypeSchema,
  typeConfidence: confidenceSchema,
  provider: z.string(),
  providerConfidence: confidenceSchema,
  facility: z.string(),
  facilityConfidence: confidenceSchema,
  title: z.string(),
  extract: z.string(),
  /** Why a field is uncertain, for the reviewer. */
  notes: z.array(z.string()),
  /** Fields the reviewer set; re-analysis keeps them. */
  corrected: z.array(z.enum(['serviceDate', 'docType', 'provider', 'facility'])),
  /** The encounter this one is a copy of (the chronology lists the original once). */
  duplicateOf: encounterSpanSchema.nullable(),
  /** Copies of this encounter elsewhere in the record. */
  copies: z.array(encounterSpanSchema),
  pagesSeen: z.number().int().min(0),
  pageCount: z.number().int().min(1),
});
export type Encounter = z.infer<typeof encounterSchema>;

export const chronologyMarkersSchema = z.object({
  dateOfInjury: isoDateSchema,
  /** The Request for Authorization the dispute is about: the latest RFA dated on or before the UR decision. */
  rfaDate: isoDateSchema.nullable(),
  urDecisionDate: isoDateSchema,
  applicationDate: isoDateSchema.nullable(),
});
export type ChronologyMarkers = z.infer<typeof chronologyMarkersSchema>;

export const duplicatePageSchema = z.object({
  documentId: z.string(),
  documentTitle: z.string(),
  page: z.number().int().min(1),
  /** Similarity to the group's principal page, 0..1 (1 for the principal). */
  similarity: z.number().min(0).max(1),
  method: z.enum(['exact', 'text', 'image']),
  serviceDate: isoDateSchema.nullable(),
});
export type DuplicatePage = z.infer<typeof duplicatePageSchema>;

export const duplicateGroupSchema = z.object({
  principal: duplicatePageSchema,
  /** Every page of the group, the principal first. */
  members: z.array(duplicatePageSchema),
});
export type DuplicateGroupView = z.infer<typeof duplicateGroupSchema>;

export const compareRowSchema = z.object({
  left: z.string().nullable(),
  right: z.string().nullable(),
  kind: z.enum(['same', 'changed', 'left-only', 'right-only']),
});
export type CompareRow = z.infer<typeof compareRowSchema>;

export const documentCoverageSchema = z.object({
  documentId: z.string(),
  pageCount: z.number().int().min(0),
  /** Pages seen, counting a duplicate as seen when a page of its group was. */
  pagesSeen: z.number().int().min(0),
  /** Pages the reviewer displayed themselves. */
  pagesDisplayed: z.number().int().min(0),
});
export type DocumentCoverage = z.infer<typeof documentCoverageSchema>;

export const chronologyContract = {
  'chronology.list': defineMethod({
    summary: "The case's encounters (date, type, provider, facility, pages, extract) with the dispute's key dates",
    input: z.object({ caseId: idSchema }).strict(),
    output: z.object({
      encounters: z.array(encounterSchema),
      markers: chronologyMarkersSchema,
      analysis: analysisStatusSchema,
    }),
  }),
  'chronology.correct': defineMethod({
    summary: "Correct an encounter's date of service, type, provider or facility (kept through re-analysis)",
    input: z
      .object({
        documentId: idSchema,
        startPage: pageSchema,
        serviceDate: isoDateSchema.nullable().optional(),
        docType: documentTypeSchema.optional(),
        provider: z.string().trim().max(200).optional(),
        facility: z.string().trim().max(200).optional(),
      })
      .strict(),
    output: encounterSchema,
  }),
  'chronology.setBoundary': defineMethod({
    summary: 'Start an encounter on a page (split) or join the page to the encounter before it (merge)',
    input: z
      .object({ documentId: idSchema, page: z.number().int().min(2).max(100_000), kind: z.enum(['split', 'merge']) })
      .strict(),
    output: z.object({ encounters: z.array(encounterSchema) }),
  }),
  'chronology.analyze': defineMethod({
    summary: 'Analyze a case now (encounters and duplicates) and wait for it to finish',
    input: z.object({ caseId: idSchema }).strict(),
    output: analysisStatusSchema,
  }),
  'duplicates.list': defineMethod({
    summary: "The case's duplicate page groups at its threshold, each under its principal page",
    input: z.object({ caseId: idSchema }).strict(),
    output: z.object({ threshold: z.number(), groups: z.array(duplicateGroupSchema), analysis: analysisStatusSchema }),
  }),
  'duplicates.forPage': defineMethod({
    summary: 'The duplicate group a page belongs to, if any',
    input: pageRefSchema,
    output: z.object({ group: duplicateGroupSchema.nullable() }),
  }),
  'duplicates.compare': defineMethod({
    summary: 'Two pages side by side, line by line, with the lines that differ marked',
    input: z.object({ left: pageRefSchema, right: pageRefSchema }).strict(),
    output: z.object({
      left: duplicatePageSchema.omit({ similarity: true, method: true }),
      right: duplicatePageSchema.omit({ similarity: true, method: true }),
      similarity: z.number().min(0).max(1).nullable(),
      rows: z.array(compareRowSchema),
    }),
  }),
  'duplicates.setThreshold': defineMethod({
    summary: "Change the case's duplicate threshold (0.5 to 1) and regroup its pages",
    input: z.object({ caseId: idSchema, threshold: z.number().min(0.5).max(1) }).strict(),
    output: z.object({ threshold: z.number(), groups: z.number().int().min(0) }),
  }),
  'duplicates.markDistinct': defineMethod({
    summary: 'Say two pages are not duplicates (or take that back); the groups are rebuilt',
    input: z.object({ left: pageRefSchema, right: pageRefSchema, distinct: z.boolean() }).strict(),
    output: z.object({ groups: z.number().int().min(0) }),
  }),
  'coverage.pagesViewed': defineMethod({
    summary: 'Record pages the reviewer displayed long enough to read, with the time each was on screen',
    input: z
      .object({
        documentId: idSchema,
        pages: z
          .array(z.object({ page: pageSchema, ms: z.number().int().min(0).max(86_400_000) }).strict())
          .min(1)
          .max(500),
      })
      .strict(),
    output: z.object({ recorded: z.number().int().min(0) }),
  }),
  'coverage.list': defineMethod({
    summary: 'Pages seen per document of a case (duplicates count as seen when their group was seen)',
    input: z.object({ caseId: idSchema }).strict(),
    output: z.array(documentCoverageSchema),
  }),
} as const;
