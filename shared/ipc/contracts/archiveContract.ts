import { z } from 'zod';
import { defineMethod } from '../defineMethod';

export const archivePolicySchema = z
  .object({
    /** Closed cases untouched for longer than this are archived. */
    retentionDays: z.number().int().min(30).max(3650),
    /** Keep archived records' text searchable (true), or drop it to shrink the workspace (the files stay). */
    keepRecordText: z.boolean(),
  })
  .strict();
export type ArchivePolicy = z.infer<typeof archivePolicySchema>;

export const archiveOutcomeSchema = z.object({
  archived: z.number().int().min(0),
  pagesDropped: z.number().int().min(0),
  fileBytesBefore: z.number().int().min(0),
  fileBytesAfter: z.number().int().min(0),
});
export type ArchiveOutcome = z.infer<typeof archiveOutcomeSchema>;

export const archiveContract = {
  'archive.policy': defineMethod({
    summary: 'The archive policy, and how many closed cases it would archive now',
    input: z.object({}).strict(),
    output: z.object({ policy: archivePolicySchema, eligible: z.number().int().min(0), cutoff: z.string() }),
  }),
  'archive.setPolicy': defineMethod({
    summary: 'Change the retention time and whether archived records stay searchable',
    input: z.object({ policy: archivePolicySchema }).strict(),
    output: archivePolicySchema,
  }),
  'archive.run': defineMethod({
    summary:
      'Archive closed cases older than the retention time: out of the inbox, packages kept and verifiable, text kept or dropped per policy, free space returned',
    input: z.object({ confirm: z.literal(true) }).strict(),
    output: archiveOutcomeSchema,
  }),
} as const;
