import { z } from 'zod';

/** One thing wrong with an uploaded package, e.g. { file: 'letter.pdf', code: 'HASH_MISMATCH', message }. */
export const packageProblemSchema = z.object({
  file: z.string(),
  code: z.string(),
  message: z.string(),
});
export type PackageProblem = z.infer<typeof packageProblemSchema>;

/** Every error reply. The code is a string (not an enum) so an older client still reads a newer server's codes. */
export const syncErrorBodySchema = z.object({
  error: z.object({
    code: z.string().min(1),
    message: z.string().min(1),
    problems: z.array(packageProblemSchema).optional(),
  }),
});
export type SyncErrorBody = z.infer<typeof syncErrorBodySchema>;
