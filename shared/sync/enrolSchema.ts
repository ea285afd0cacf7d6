import { z } from 'zod';
import { sha256HexSchema } from './recordParamsSchema';

/** What an administrator hands a reviewer: 12 letters and digits, shown in groups of four (dashes and case ignored). */
export const enrolmentCodeSchema = z
  .string()
  .trim()
  .transform((text) => text.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[0-9A-Z]{12}$/, 'An enrolment code is 12 letters and digits, e.g. ABCD-EFGH-JKMN'));

/** POST /v1/enrol (no bearer token): the code and the reviewer's signing certificate (public, PEM). */
export const enrolRequestSchema = z.object({
  code: enrolmentCodeSchema,
  certificatePem: z.string().min(100).max(20_000),
});
export type EnrolRequest = z.input<typeof enrolRequestSchema>;

/** The code is spent: the certificate is registered to the reviewer and this token signs them in. */
export const enrolResponseSchema = z.object({
  reviewerId: z.string().min(1).max(100),
  displayName: z.string().max(200),
  token: z.string().min(16).max(500),
  expiresAt: z.string().nullable(),
  certificateSha256: sha256HexSchema,
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;
