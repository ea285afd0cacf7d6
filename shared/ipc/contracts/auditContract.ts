import { z } from 'zod';
import { defineMethod } from '../defineMethod';

const idSchema = z.string().min(1).max(100);
const pageRangeSchema = z
  .object({ from: z.number().int().min(1).max(100_000), to: z.number().int().min(1).max(100_000) })
  .strict();

export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  caseId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  events: z.number().int(),
  headHash: z.string(),
  /** The first row whose link does not hold, with what is wrong. */
  firstBroken: z.object({ id: z.number().int(), problem: z.string() }).nullable(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

export const auditContract = {
  'audit.documentViewed': defineMethod({
    summary: 'Record which pages of a document the reviewer looked at (coalesced per document)',
    input: z.object({ documentId: idSchema, pages: z.array(pageRangeSchema).min(1).max(200) }).strict(),
    output: z.object({ recorded: z.boolean() }),
  }),
  'audit.trail': defineMethod({
    summary: "One case's audit trail, oldest first",
    input: z.object({ caseId: idSchema }).strict(),
    output: z.array(auditEventSchema),
  }),
  'audit.verify': defineMethod({
    summary: 'Recompute the hash chain over the whole trail and report the first broken link',
    input: z.object({}).strict(),
    output: auditVerificationSchema,
  }),
} as const;
