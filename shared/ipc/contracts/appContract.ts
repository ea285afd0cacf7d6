import { z } from 'zod';
import { defineMethod } from '../defineMethod';

export const doctorCheckSchema = z.object({
  name: z.enum([
    'permissions',
    'protection',
    'key files',
    'audit trail',
    'audit anchor',
    'orphaned files',
    'downloads',
  ]),
  /** ok; fixed: it was wrong and doctor repaired it; warning: worth knowing; problem: needs the reviewer's action. */
  status: z.enum(['ok', 'fixed', 'warning', 'problem']),
  message: z.string(),
});
export type DoctorCheck = z.infer<typeof doctorCheckSchema>;

export const appContract = {
  'app.info': defineMethod({
    summary: 'What this back end is: version, workspace kind and transport',
    input: z.object({}).strict(),
    output: z.object({
      version: z.string(),
      workspaceKind: z.enum(['demo', 'synced']),
      transport: z.enum(['electron', 'shell', 'in-process']),
      today: z.string(),
    }),
  }),
  'app.doctor': defineMethod({
    summary:
      'Check the workspace: file permissions, key protection, key files, audit chain and anchor, orphaned record files; with fix, repair what can be repaired safely',
    input: z.object({ fix: z.boolean().optional() }).strict(),
    output: z.object({ checks: z.array(doctorCheckSchema), fixed: z.boolean() }),
  }),
  'demo.reset': defineMethod({
    summary: 'Delete every local case and regenerate the demo workspace',
    input: z.object({ confirm: z.literal(true) }).strict(),
    output: z.object({ caseCount: z.number().int() }),
  }),
} as const;
