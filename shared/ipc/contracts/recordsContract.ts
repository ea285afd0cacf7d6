import { z } from 'zod';
import { documentMetaSchema, documentTypeSchema, isoDateSchema } from '../../domain';
import { defineMethod } from '../defineMethod';

const idSchema = z.string().min(1).max(100);
const pageSchema = z.number().int().min(1).max(100_000);

/** Upload chunks travel base64 in the payload so every transport (IPC, shell, in-process) shares one path. */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;

const countSchema = z.number().int().min(0);

/** OCR of one document's pages that have no usable text layer (scans, faxes, images). */
export const documentOcrSchema = z.object({
  /** Pages that need OCR. */
  needed: countSchema,
  read: countSchema,
  failed: countSchema,
  /** Read, but with low confidence: the reviewer should read them by eye. */
  lowConfidence: countSchema,
  /** OCR is queued or under way for this document. */
  queued: z.boolean(),
});
export type DocumentOcr = z.infer<typeof documentOcrSchema>;

export const recordDocumentSchema = documentMetaSchema.extend({
  /** Why its file cannot be read here (not downloaded yet, damaged); null when it can. It cannot be marked reviewed then. */
  unavailable: z.string().nullable(),
  indexed: z.boolean(),
  textPages: countSchema,
  scannedPages: countSchema,
  ocr: documentOcrSchema,
});
export type RecordDocument = z.infer<typeof recordDocumentSchema>;

export const importFileStateSchema = z.enum(['queued', 'reading', 'imported', 'duplicate', 'failed', 'cancelled']);
export type ImportFileState = z.infer<typeof importFileStateSchema>;

export const importFileStatusSchema = z.object({
  name: z.string(),
  state: importFileStateSchema,
  pagesDone: z.number().int().min(0),
  pageCount: z.number().int().min(0).nullable(),
  documentId: z.string().nullable(),
  message: z.string().nullable(),
});
export type ImportFileStatus = z.infer<typeof importFileStatusSchema>;

export const importStatusSchema = z.object({
  jobId: z.string(),
  kind: z.enum(['import', 'reindex']),
  caseId: z.string().nullable(),
  state: z.enum(['running', 'done', 'cancelled']),
  /** Pages extracted so far, over every file of the job. */
  done: z.number().int().min(0),
  /** Pages known so far; a file not yet opened counts as one page. */
  total: z.number().int().min(0),
  files: z.array(importFileStatusSchema),
});
export type ImportStatus = z.infer<typeof importStatusSchema>;

export const rectSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().min(0),
  height: z.number().finite().min(0),
});

export const highlightSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  page: z.number().int().min(1),
  rects: z.array(rectSchema),
  text: z.string(),
  color: z.string(),
  createdAt: z.string(),
});
export type Highlight = z.infer<typeof highlightSchema>;

export const snippetPartSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartSchema>;

export const searchHitSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  page: z.number().int().min(1),
  snippet: z.array(snippetPartSchema),
  score: z.number(),
  /** The encounter the page belongs to, once the case is analyzed. */
  encounter: z
    .object({ serviceDate: isoDateSchema.nullable(), docType: documentTypeSchema, provider: z.string() })
    .nullable(),
  /** The other pages of the hit's duplicate group: one hit stands for them all. */
  alsoOn: z.array(z.object({ documentId: z.string(), title: z.string(), page: z.number().int().min(1) })),
  /** The page's text was read by OCR from its image. */
  ocr: z.boolean(),
  /** The words were found in a form field or an annotation (a comment, a note), not in the page text. */
  inFields: z.boolean(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/** How much of a case search can see: pages waiting for OCR, failed, or read with low confidence. */
export const searchCoverageSchema = z.object({
  /** Pages that need OCR and have not been read yet (queued, paused, cancelled). */
  pendingPages: countSchema,
  failedPages: countSchema,
  lowConfidencePages: countSchema,
  /** Pages needing OCR in the case, and how many of them are read. */
  ocrPages: countSchema,
  ocrReadPages: countSchema,
  ocrRunning: z.boolean(),
});
export type SearchCoverage = z.infer<typeof searchCoverageSchema>;

export const ocrWordSchema = z.tuple([
  z.string(),
  z.number(),
  z.number(),
  z.number(),
  z.number(),
  z.number(),
  z.number().int(),
]);
const affineSchema = z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number()]);

/** One page's OCR result as the viewer draws it. */
export const ocrPageSchema = z.object({
  documentId: z.string(),
  page: z.number().int().min(1),
  state: z.enum(['read', 'failed', 'pending', 'not-needed']),
  /** Words: text, confidence 0-100, box x0 y0 x1 y1 in OCR-image pixels, line number. */
  words: z.array(ocrWordSchema),
  /** OCR-image pixel -> page space (PDF user space; image pixels for image files). */
  toPage: affineSchema.nullable(),
  confidence: z.number().nullable(),
  lowConfidence: z.boolean(),
  engine: z.string().nullable(),
  message: z.string().nullable(),
});
export type OcrPage = z.infer<typeof ocrPageSchema>;

export const ocrStatusSchema = z.object({
  state: z.enum(['idle', 'running', 'paused']),
  /** Reading waits while the reviewer types (records.holdOcrForTyping) and goes on a moment after. */
  holding: z.boolean(),
  /** Pages read of the pages queued, over every queued document (of the case asked about). */
  pagesDone: countSchema,
  pagesTotal: countSchema,
  pagesPerMinute: z.number().min(0).nullable(),
  secondsLeft: z.number().min(0).nullable(),
  documents: z.array(
    z.object({ documentId: z.string(), title: z.string(), pagesDone: countSchema, pagesTotal: countSchema }),
  ),
});
export type OcrStatus = z.infer<typeof ocrStatusSchema>;

/** One line of the letter's "Documents reviewed", as shared/domain/letter/buildDocumentsReviewed groups them. */
export const documentsReviewedLineSchema = z.object({
  provider: z.string(),
  docType: documentTypeSchema,
  firstServiceDate: isoDateSchema.nullable(),
  lastServiceDate: isoDateSchema.nullable(),
  undatedCount: z.number().int().min(0),
  documentCount: z.number().int().min(0),
  pageCount: z.number().int().min(0),
  documentIds: z.array(z.string()),
  text: z.string(),
});

export const recordsContract = {
  'records.documents': defineMethod({
    summary: "The case's documents with their text-index state (pages with text, scanned pages)",
    input: z.object({ caseId: idSchema }).strict(),
    output: z.array(recordDocumentSchema),
  }),
  'records.updateDocument': defineMethod({
    summary: 'Correct the title, type, provider or date of service of a document',
    input: z
      .object({
        documentId: idSchema,
        title: z.string().trim().min(1).max(300).optional(),
        docType: documentTypeSchema.optional(),
        provider: z.string().trim().max(200).optional(),
        serviceDate: isoDateSchema.nullable().optional(),
      })
      .strict(),
    output: recordDocumentSchema,
  }),
  'records.beginUpload': defineMethod({
    summary: 'Announce a file to import; returns an upload id to send its chunks to (refused at once if too large)',
    input: z.object({ name: z.string().min(1).max(300), size: z.number().int().min(0) }).strict(),
    output: z.object({
      uploadId: z.string(),
      chunkBytes: z.number().int(),
      accepted: z.boolean(),
      message: z.string().nullable(),
    }),
  }),
  'records.uploadChunk': defineMethod({
    summary: 'Append one base64 chunk (at most UPLOAD_CHUNK_BYTES decoded) to an upload, at its byte offset',
    input: z
      .object({
        uploadId: idSchema,
        offset: z.number().int().min(0),
        base64: z.string().max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4 + 4),
      })
      .strict(),
    output: z.object({ received: z.number().int() }),
  }),
  'records.import': defineMethod({
    summary: 'Start importing uploaded files into a case; returns a job id to poll',
    input: z.object({ caseId: idSchema, uploadIds: z.array(idSchema).min(1).max(500) }).strict(),
    output: z.object({ jobId: z.string() }),
  }),
  'records.importStatus': defineMethod({
    summary: 'Progress of an import or re-index job: pages done of total and a result per file',
    input: z.object({ jobId: idSchema }).strict(),
    output: importStatusSchema,
  }),
  'records.cancelImport': defineMethod({
    summary: 'Stop an import or re-index job; the file being read is dropped whole, finished files stay',
    input: z.object({ jobId: idSchema }).strict(),
    output: importStatusSchema,
  }),
  'records.rebuildIndex': defineMethod({
    summary: 'Re-extract page text from the stored files and rebuild the full-text index (one case or all)',
    input: z.object({ caseId: idSchema.optional(), onlyMissing: z.boolean().optional() }).strict(),
    output: z.object({ jobId: z.string() }),
  }),
  'records.search': defineMethod({
    summary: 'Ranked full-text hits over every page of every document in a case',
    input: z
      .object({ caseId: idSchema, query: z.string().max(500), limit: z.number().int().min(1).max(200).optional() })
      .strict(),
    output: z.object({
      hits: z.array(searchHitSchema),
      total: z.number().int().min(0),
      /** False when so many pages match that hits come in record order instead of by relevance. */
      ranked: z.boolean(),
      coverage: searchCoverageSchema,
    }),
  }),
  'records.runOcr': defineMethod({
    summary: 'Queue OCR for the pages of a case (or one document) that need it; force re-reads pages already read',
    input: z
      .object({
        caseId: idSchema,
        documentId: idSchema.optional(),
        force: z.boolean().optional(),
        model: z.enum(['fast', 'best']).optional(),
      })
      .strict(),
    output: z.object({ documents: countSchema, pages: countSchema }),
  }),
  'records.ocrStatus': defineMethod({
    summary: 'Progress of background OCR: pages read of queued, pages per minute, time left, per document',
    input: z.object({ caseId: idSchema.optional() }).strict(),
    output: ocrStatusSchema,
  }),
  'records.controlOcr': defineMethod({
    summary: 'Pause, resume or cancel background OCR (cancel: one document, or everything queued)',
    input: z.object({ action: z.enum(['pause', 'resume', 'cancel']), documentId: idSchema.optional() }).strict(),
    output: ocrStatusSchema,
  }),
  'records.holdOcrForTyping': defineMethod({
    summary:
      'The reviewer is typing: background OCR stops where it is for two seconds (renewed while typing goes on), so typing never shares the CPU with it',
    input: z.object({}).strict(),
    output: z.object({ holding: z.boolean() }),
  }),
  'records.ocrPage': defineMethod({
    summary: "One page's OCR words and boxes, confidence and engine (for the viewer's text layer)",
    input: z.object({ documentId: idSchema, page: pageSchema }).strict(),
    output: ocrPageSchema,
  }),
  'records.matchTerms': defineMethod({
    summary: 'The words on one page that a search query matched, for highlighting them in the viewer',
    input: z.object({ documentId: idSchema, page: pageSchema, query: z.string().max(500) }).strict(),
    output: z.object({ terms: z.array(z.string()) }),
  }),
  'records.pageTexts': defineMethod({
    summary: 'Indexed text of a range of pages (text documents are displayed from it)',
    input: z.object({ documentId: idSchema, fromPage: pageSchema, toPage: pageSchema }).strict(),
    output: z.object({
      pages: z.array(
        z.object({
          page: z.number().int(),
          text: z.string(),
          /** 'ocr' when the text was read from the page image. */
          source: z.enum(['text', 'ocr']).optional(),
          /** Form-field and annotation text of the page. */
          extra: z.string().optional(),
        }),
      ),
    }),
  }),
  'records.saveHighlight': defineMethod({
    summary: 'Store a highlight (page, rectangles in PDF units, quoted text); the PDF itself is never changed',
    input: z
      .object({
        documentId: idSchema,
        page: pageSchema,
        rects: z.array(rectSchema).max(500),
        text: z.string().min(1).max(20_000),
        color: z
          .string()
          .regex(/^[a-z]{3,12}$/)
          .optional(),
      })
      .strict(),
    output: highlightSchema,
  }),
  'records.listHighlights': defineMethod({
    summary: "A document's stored highlights",
    input: z.object({ documentId: idSchema }).strict(),
    output: z.array(highlightSchema),
  }),
  'records.deleteHighlight': defineMethod({
    summary: 'Remove one stored highlight',
    input: z.object({ highlightId: idSchema }).strict(),
    output: z.object({ deleted: z.boolean() }),
  }),
  'records.documentsReviewed': defineMethod({
    summary: 'The "documents reviewed" list the letter prints: provider, type, dates of service, pages',
    input: z.object({ caseId: idSchema }).strict(),
    output: z.object({ lines: z.array(documentsReviewedLineSchema) }),
  }),
} as const;
