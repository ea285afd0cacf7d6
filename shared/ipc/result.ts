import { z } from 'zod';
import { AppError, ERROR_CODES, type AppErrorData } from './appError';
import { appErrorDetailsSchema } from './appErrorDetails';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export const appErrorDataSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: appErrorDetailsSchema.optional(),
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

/** A Result's value, or its error thrown as an AppError: how in-process callers and the window read replies. */
export function unwrapResult<T>(result: Result<T>): T {
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value;
}
