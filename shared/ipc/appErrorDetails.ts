import { z } from 'zod';
import { checkFindingSchema } from './contracts/checksContract';
import { localWorkSchema } from './contracts/syncContract';

/** What an error carries besides its code and message, one shape per kind, checked wherever it is read back. */
export const appErrorDetailsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('invalidInput'),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).max(10),
  }),
  z.object({ kind: z.literal('checksFailed'), findings: z.array(checkFindingSchema) }),
  /** A signed package's file that is missing or damaged. */
  z.object({ kind: z.literal('packageFile'), file: z.string() }),
  z.object({
    kind: z.literal('syncFailure'),
    /** HTTP status, when the server answered. */
    status: z.number().int().optional(),
    /** The server's own error code (shared/sync/syncErrorCodes.ts), when it sent one. */
    serverCode: z.string().optional(),
    /** The same request may succeed later (network trouble, 5xx, 429). */
    retryable: z.boolean(),
    /** The server's Retry-After, in milliseconds. */
    retryAfterMs: z.number().optional(),
  }),
  /** Signing in would replace demo cases that hold the reviewer's work; nothing was replaced. */
  z.object({ kind: z.literal('localWorkAtRisk'), cases: z.array(localWorkSchema) }),
  /** The sync fail-safe stopped an assignment update that would remove cases or unsent work. */
  z.object({
    kind: z.literal('failSafe'),
    removals: z.number().int(),
    localCases: z.number().int(),
    casesWithUnsentWork: z.array(z.string()),
  }),
]);
export type AppErrorDetails = z.infer<typeof appErrorDetailsSchema>;
export type AppErrorDetailsKind = AppErrorDetails['kind'];
export type AppErrorDetailsOf<K extends AppErrorDetailsKind> = Extract<AppErrorDetails, { kind: K }>;
