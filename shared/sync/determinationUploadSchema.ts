import { z } from 'zod';
import { caseNumberSchema, packageTransportSchema } from '../domain';

import { sha256HexSchema } from './recordParamsSchema';

/** The body of POST /v1/determinations is exactly the package transport. */
export const determinationUploadSchema = packageTransportSchema;

/** Chosen by the client once per package (its letter UUID fits) and reused on every retry of that upload. */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,128}$/, 'An Idempotency-Key is 16-128 letters, digits, "-" or "_"');

/**
 * packageSha256 = lowercase hex SHA-256 of the exact UTF-8 bytes of manifest.json (transport field manifestJson).
 * The manifest lists every file's SHA-256, so this one hash pins the whole package.
 */
export const determinationReceiptSchema = z.object({
  receiptId: z.string().min(1),
  receivedAt: z.string(),
  packageSha256: sha256HexSchema,
  caseNumber: caseNumberSchema,
  caseId: z.string().min(1),
  determinationVersion: z.number().int().min(1),
});
export type DeterminationReceipt = z.infer<typeof determinationReceiptSchema>;
