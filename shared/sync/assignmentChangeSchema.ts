import { z } from 'zod';
import { caseDetailSchema, caseNumberSchema } from '../domain';

const changeBase = {
  /** Server-wide, strictly increasing; a reviewer's feed shows a gapped subsequence of it. */
  seq: z.number().int().min(1),
  caseId: z.string().min(1),
  caseNumber: caseNumberSchema,
  at: z.string(),
};

/** The case is (still) assigned to you: the full current snapshot; apply it as an upsert. */
export const assignedChangeSchema = z.object({
  ...changeBase,
  kind: z.literal('assigned'),
  assignment: caseDetailSchema,
});

/** The case was withdrawn (e.g. settled or ineligible); stop work, keep nothing unsent. */
export const withdrawnChangeSchema = z.object({
  ...changeBase,
  kind: z.literal('withdrawn'),
  reason: z.string().max(500),
});

/** The case was given to another reviewer (who is never named); it is no longer yours. */
export const reassignedChangeSchema = z.object({
  ...changeBase,
  kind: z.literal('reassigned'),
  reason: z.string().max(500),
});

export const assignmentChangeSchema = z.discriminatedUnion('kind', [
  assignedChangeSchema,
  withdrawnChangeSchema,
  reassignedChangeSchema,
]);
export type AssignmentChange = z.infer<typeof assignmentChangeSchema>;
export type AssignmentChangeKind = AssignmentChange['kind'];
