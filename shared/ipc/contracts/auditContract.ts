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

/**
 * The trail against the head last anchored outside the workspace. unanchored: nothing was anchored for this folder
 * yet; ok: the trail still holds the anchored event; rolled-back: the trail ends before it (an older copy of the
 * database was put in place); rewritten: the event at the anchored position differs (the trail was rebuilt);
 * unreadable: the anchor file itself is damaged or sealed by another keychain.
 */
export const auditAnchorCheckSchema = z.object({
  state: z.enum(['unanchored', 'ok', 'rolled-back', 'rewritten', 'unreadable']),
  anchoredId: z.number().int().nullable(),
  anchoredHash: z.string().nullable(),
  anchoredAt: z.string().nullable(),
  /** Where the anchor is kept (outside the workspace folder). */
  where: z.string(),
  message: z.string(),
});
export type AuditAnchorCheck = z.infer<typeof auditAnchorCheckSchema>;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  events: z.number().int(),
  headHash: z.string(),
  /** The first row whose link does not hold, with what is wrong. */
  firstBroken: z.object({ id: z.number().int(), problem: z.string() }).nullable(),
  /** Null when this back end keeps no anchor (tests, a read-only opening without one). */
  anchor: auditAnchorCheckSchema.nullable().optional(),
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
    summary:
      'Recompute the hash chain over the whole trail, report the first broken link, and compare it with the head anchored outside the workspace',
    input: z.object({}).strict(),
    output: auditVerificationSchema,
  }),
  'audit.acceptRollback': defineMethod({
    summary:
      'After a rollback was reported and understood: record it in the trail (what was lost) and anchor the current head',
    input: z.object({ confirm: z.literal(true) }).strict(),
    output: auditVerificationSchema,
  }),
} as const;
