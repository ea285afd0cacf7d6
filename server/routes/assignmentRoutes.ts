import type { FastifyInstance } from 'fastify';
import { assignmentsQuerySchema, type AssignmentsPage } from '../../shared/sync/assignmentsFeedSchema';
import { SYNC_ROUTES } from '../../shared/sync/syncRoutes';
import { readAssignmentsPage } from '../feed/readAssignmentsPage';
import type { ServerContext } from '../http/serverContext';
import { SyncHttpError } from '../http/SyncHttpError';

export function assignmentRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get(SYNC_ROUTES.assignments, async (request): Promise<AssignmentsPage> => {
    const query = assignmentsQuerySchema.safeParse(request.query);
    if (!query.success) {
      const issue = query.error.issues[0];
      throw new SyncHttpError('INVALID_INPUT', `Bad assignments query: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
    }
    return readAssignmentsPage(context.db, request.reviewerId, query.data.cursor, query.data.limit);
  });
}
