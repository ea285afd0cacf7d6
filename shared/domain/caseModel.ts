import { z } from 'zod';
import { CASE_STATUSES } from './caseStatuses';

export const caseNumberSchema = z.string().regex(/^CM\d{2}-\d{7}$/, 'A case number looks like CM14-0012345');

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD');

export const prioritySchema = z.enum(['standard', 'expedited']);
export type Priority = z.infer<typeof prioritySchema>;

export const caseStatusSchema = z.enum(CASE_STATUSES);

export const urDecisionSchema = z.enum(['denied', 'modified']);
export type UrDecision = z.infer<typeof urDecisionSchema>;

export const decisionSchema = z.enum(['undecided', 'upheld', 'overturned']);
export type Decision = z.infer<typeof decisionSchema>;

export const disputedItemSchema = z.object({
  id: z.string().min(1),
  caseId: z.string().min(1),
  position: z.number().int().min(0),
  requestedTreatment: z.string().min(1).max(500),
  urDecision: urDecisionSchema,
  caGuideline: z.string().max(5000),
});
export type DisputedItem = z.infer<typeof disputedItemSchema>;

export const caseRecordSchema = z.object({
  id: z.string().min(1),
  caseNumber: caseNumberSchema,
  priority: prioritySchema,
  status: caseStatusSchema,
  receivedDate: isoDateSchema,
  dueDate: isoDateSchema,
  dateOfInjury: isoDateSchema,
  urDecisionDate: isoDateSchema,
  applicationDate: isoDateSchema.nullable(),
  claimantName: z.string().min(1).max(200),
  claimantAge: z.number().int().min(14).max(120),
  claimantSex: z.enum(['female', 'male', 'unspecified']),
  claimsAdministrator: z.string().max(200),
  requestingPhysician: z.string().max(200),
  physicianSpecialty: z.string().max(200),
  bodyParts: z.array(z.string().max(80)).max(20),
  updatedAt: z.string(),
});
export type CaseRecord = z.infer<typeof caseRecordSchema>;

/** An inbox row: what the list shows of a case (a workspace holds thousands, so no more than that). */
export const caseSummarySchema = caseRecordSchema
  .pick({
    id: true,
    caseNumber: true,
    priority: true,
    status: true,
    dueDate: true,
    dateOfInjury: true,
    claimantName: true,
    claimantAge: true,
    claimantSex: true,
  })
  .extend({
    itemCount: z.number().int().min(0),
    treatments: z.array(z.string()),
    decidedCount: z.number().int().min(0),
    /** When the case was archived (closed and past the retention time); null while it is in the inbox. */
    archivedAt: z.string().nullable(),
  });
export type CaseSummary = z.infer<typeof caseSummarySchema>;

/** Which cases the inbox list holds: every case not archived, only the open ones, or the archived ones. */
export const caseListViewSchema = z.enum(['inbox', 'open', 'archived']);
export type CaseListView = z.infer<typeof caseListViewSchema>;

export const documentTypeSchema = z.enum([
  'progress_note',
  'ur_denial',
  'imaging_report',
  'procedure_note',
  'consultation',
  'imr_application',
  'correspondence',
  'other',
  'rfa',
  'therapy_note',
  'diagnostic_test',
  'medical_legal',
  'hospital_record',
  'pharmacy_record',
]);
export type DocumentType = z.infer<typeof documentTypeSchema>;

export const documentMetaSchema = z.object({
  id: z.string().min(1),
  caseId: z.string().min(1),
  title: z.string().min(1).max(300),
  docType: documentTypeSchema,
  provider: z.string().max(200),
  serviceDate: isoDateSchema.nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pageCount: z.number().int().min(0),
  mimeType: z.string().max(100),
  sizeBytes: z.number().int().min(0),
  reviewed: z.boolean(),
  importedAt: z.string(),
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

export const caseDetailSchema = z.object({
  case: caseRecordSchema,
  items: z.array(disputedItemSchema),
  documents: z.array(documentMetaSchema),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;
