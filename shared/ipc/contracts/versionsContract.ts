import { citationSnapshotSchema } from '../../citations';
import { z } from 'zod';
import { decisionSchema } from '../../domain';
import { richTextDocSchema } from '../../editor';
import { defineMethod } from '../defineMethod';

const idSchema = z.string().min(1).max(100);
const versionIdSchema = z.number().int().positive();

export const versionReasonSchema = z.enum(['interval', 'status', 'before-restore', 'manual']);
export type VersionReason = z.infer<typeof versionReasonSchema>;

export const versionHeadSchema = z.object({
  id: versionIdSchema,
  caseId: idSchema,
  createdAt: z.string(),
  reason: versionReasonSchema,
  /** For a status snapshot, the status the case moved to. */
  detail: z.string(),
  revision: z.number().int().min(0),
});
export type VersionHead = z.infer<typeof versionHeadSchema>;

export const versionDetailSchema = versionHeadSchema.extend({
  /** null where that part of the version is damaged (it cannot be restored then). */
  summary: richTextDocSchema.nullable(),
  items: z.array(
    z.object({
      itemId: idSchema,
      decision: decisionSchema,
      caGuideline: z.string(),
      rationale: richTextDocSchema.nullable(),
      /** The item's citation list as the version kept it (absent in versions taken before items kept one). */
      citations: z.array(citationSnapshotSchema).optional(),
    }),
  ),
  restorable: z.boolean(),
});
export type VersionDetail = z.infer<typeof versionDetailSchema>;

export const versionsContract = {
  'versions.list': defineMethod({
    summary: "Snapshots of a case's determination draft, newest first",
    input: z.object({ caseId: idSchema }).strict(),
    output: z.array(versionHeadSchema),
  }),
  'versions.get': defineMethod({
    summary: 'One snapshot with its content, for preview',
    input: z.object({ versionId: versionIdSchema }).strict(),
    output: versionDetailSchema,
  }),
  'versions.snapshot': defineMethod({
    summary: 'Keep the current draft as a version now',
    input: z.object({ caseId: idSchema }).strict(),
    output: versionHeadSchema,
  }),
  'versions.restore': defineMethod({
    summary: 'Replace the draft with a snapshot; the current draft is kept as a version first',
    input: z.object({ caseId: idSchema, versionId: versionIdSchema }).strict(),
    output: z.object({ revision: z.number().int(), savedAt: z.string(), backupVersionId: versionIdSchema }),
  }),
} as const;
