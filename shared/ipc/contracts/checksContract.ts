import { z } from 'zod';
import { CHECK_CATALOG, type CheckCode } from '../../domain/checks';
import { defineMethod } from '../defineMethod';

const idSchema = z.string().min(1).max(100);
const codes = CHECK_CATALOG.map((entry) => entry.code) as [CheckCode, ...CheckCode[]];

export const checkTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('summary') }),
  z.object({
    kind: z.literal('item'),
    itemId: z.string(),
    field: z.enum(['decision', 'rationale', 'citations', 'caGuideline']),
  }),
  z.object({ kind: z.literal('document'), documentId: z.string() }),
  z.object({ kind: z.literal('profile') }),
  z.object({ kind: z.literal('letter') }),
]);

export const checkFindingSchema = z.object({
  key: z.string(),
  code: z.enum(codes),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  target: checkTargetSchema,
});
export type CheckFindingData = z.infer<typeof checkFindingSchema>;

export const checkRunSchema = z.object({
  /** The draft revision the findings describe. */
  revision: z.number().int(),
  findings: z.array(checkFindingSchema),
  acknowledgedKeys: z.array(z.string()),
  /** Keys of the findings that still stop signing: every error and every unacknowledged warning. */
  blockerKeys: z.array(z.string()),
  locked: z.boolean(),
});
export type CheckRun = z.infer<typeof checkRunSchema>;

export const checksContract = {
  'checks.run': defineMethod({
    summary: "Run the pre-sign checks on the case's stored draft and the letter it produces",
    input: z.object({ caseId: idSchema }).strict(),
    output: checkRunSchema,
  }),
  'checks.acknowledge': defineMethod({
    summary:
      'Acknowledge a warning (or withdraw the acknowledgment) so it no longer stops signing; errors cannot be acknowledged',
    input: z
      .object({ caseId: idSchema, key: z.string().min(1).max(400), acknowledged: z.boolean().default(true) })
      .strict(),
    output: z.object({ acknowledgedKeys: z.array(z.string()) }),
  }),
} as const;
