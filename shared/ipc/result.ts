import { z } from 'zod';
import { ERROR_CODES, type AppErrorData } from './appError';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export const appErrorDataSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.unknown().optional(),
});

export const resultEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: appErrorDataSchema }),
]);

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(error: AppErrorData): Result<never> {
  return { ok: false, error };
}
