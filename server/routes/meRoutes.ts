import type { FastifyInstance } from 'fastify';
import type { MeResponse } from '../../shared/sync/meResponseSchema';
import { SYNC_ROUTES } from '../../shared/sync/syncRoutes';
import { SYNC_PROTOCOL_VERSION } from '../../shared/sync/syncProtocolVersion';
import type { ServerContext } from '../http/serverContext';
import { findReviewer } from '../repositories/reviewerRepository';

export function meRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get(SYNC_ROUTES.me, async (request): Promise<MeResponse> => {
    const reviewer = findReviewer(context.db, request.reviewerId);
    return {
      reviewerId: request.reviewerId,
      displayName: reviewer?.displayName ?? '',
      protocolVersion: SYNC_PROTOCOL_VERSION,
      serverTime: context.now().toISOString(),
    };
  });
}
