import { z } from 'zod';
import { assignmentChangeSchema } from './assignmentChangeSchema';

export const ASSIGNMENTS_DEFAULT_LIMIT = 100;
export const ASSIGNMENTS_MAX_LIMIT = 500;

/** Opaque to the client: store it only after the page it came with has been applied. */
export const syncCursorSchema = z.string().min(1).max(200);

/** Without a cursor the feed starts from scratch (a full resync): any local case it never mentions is no longer yours. */
export const assignmentsQuerySchema = z.object({
  cursor: syncCursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(ASSIGNMENTS_MAX_LIMIT).default(ASSIGNMENTS_DEFAULT_LIMIT),
});
export type AssignmentsQuery = z.infer<typeof assignmentsQuerySchema>;

export const assignmentsPageSchema = z.object({
  items: z.array(assignmentChangeSchema),
  cursor: syncCursorSchema,
  has_more: z.boolean(),
});
export type AssignmentsPage = z.infer<typeof assignmentsPageSchema>;
