import { z } from 'zod';
import { caseRecordSchema, disputedItemSchema, documentMetaSchema } from '../../shared/domain';

export const CASE_FILE_NAME = 'case.json';

/** case.json in a folder given to `admin assign`: the case, its disputed items, and which files are its records. */
export const caseFolderSchema = z.object({
  case: caseRecordSchema
    .omit({ id: true, status: true, updatedAt: true })
    .extend({ id: z.string().min(1).max(100).optional() }),
  items: z
    .array(
      disputedItemSchema
        .pick({ requestedTreatment: true, urDecision: true })
        .extend({ caGuideline: z.string().max(5000).default('') }),
    )
    .min(1, 'A case needs at least one disputed item'),
  documents: z.array(
    documentMetaSchema.pick({ title: true, docType: true }).extend({
      file: z.string().regex(/^[^/\\]+$/, 'A document file is a plain file name inside the case folder'),
      provider: z.string().max(200).default(''),
      serviceDate: documentMetaSchema.shape.serviceDate.default(null),
      mimeType: z.string().max(100).optional(),
    }),
  ),
});
export type CaseFolder = z.infer<typeof caseFolderSchema>;
