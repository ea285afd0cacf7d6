import { z } from 'zod';

export const meResponseSchema = z.object({
  reviewerId: z.string().min(1).max(100),
  displayName: z.string().max(200),
  protocolVersion: z.number().int().min(1),
  serverTime: z.string(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;
