import type { FastifyInstance } from 'fastify';
import { SYNC_ROUTES, assignmentsQuerySchema, type AssignmentsPage } from '../../shared/sync';

import { readAssignmentsPage } from '../feed';
import { SyncHttpError } from '../http';
import type { ServerContext } from './serverContext';

export function assignmentRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get(SYNC_ROUTES.assignments, async (request): Promise<AssignmentsPage> => {
    const query = assignmentsQuerySchema.safeParse(request.query);
    if (!query.success) {
      const issue = query.error.issues[0];
      throw new SyncHttpError(
        'INVALID_INPUT',
        `Bad assignments query: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
      );
    }
    return readAssignmentsPage(context.db, request.reviewerId, query.data.cursor, query.data.limit);
  });
}
