import { z } from 'zod';
import { defineMethod } from '../defineMethod';
import { backupInfoSchema } from './sessionContract';

export const backupContract = {
  'backup.create': defineMethod({
    summary: 'Write a verified, encrypted backup of the workspace database now',
    input: z.object({}).strict(),
    output: backupInfoSchema.extend({ path: z.string() }),
  }),
} as const;
