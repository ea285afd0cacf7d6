import { z } from 'zod';

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 is 64 lowercase hex digits');

/** GET /v1/records/:sha256 answers 200, or 206 for `Range: bytes=start-[end]`, with Accept-Ranges and ETag "<sha256>". */
export const recordParamsSchema = z.object({ sha256: sha256HexSchema });
export type RecordParams = z.infer<typeof recordParamsSchema>;
