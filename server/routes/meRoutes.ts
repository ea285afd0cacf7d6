import type { FastifyInstance } from 'fastify';
import { SYNC_PROTOCOL_VERSION, SYNC_ROUTES, type MeResponse } from '../../shared/sync';

import type { ServerContext } from './serverContext';
import { findReviewer } from '../repositories';

export function meRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get(SYNC_ROUTES.me, async (request): Promise<MeResponse> => {
    const reviewer = await findReviewer(context.db.query, request.reviewerId);
    return {
      reviewerId: request.reviewerId,
      displayName: reviewer?.displayName ?? '',
      protocolVersion: SYNC_PROTOCOL_VERSION,
      serverTime: context.now().toISOString(),
    };
  });
}
