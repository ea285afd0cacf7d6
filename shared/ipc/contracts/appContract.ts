import { z } from 'zod';
import { defineMethod } from '../defineMethod';

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
  'demo.reset': defineMethod({
    summary: 'Delete every local case and regenerate the demo workspace',
    input: z.object({ confirm: z.literal(true) }).strict(),
    output: z.object({ caseCount: z.number().int() }),
  }),
} as const;
