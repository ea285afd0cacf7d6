import type { FastifyInstance } from 'fastify';
import { SYNC_PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION } from '../../shared/sync';
import { authenticateReviewer } from './authenticateReviewer';
import { SyncHttpError, type ServerContext } from '../http';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated reviewer; set before any body is read. */
    reviewerId: string;
  }
}

/** Every route: the protocol version must match and a live bearer token must name the reviewer. */
export function registerSyncGuards(app: FastifyInstance, context: ServerContext): void {
  app.decorateRequest('reviewerId', '');
  app.addHook('onRequest', async (request, reply) => {
    reply.header(SYNC_PROTOCOL_HEADER, String(SYNC_PROTOCOL_VERSION));
    reply.header('cache-control', 'no-store');
    const sent = request.headers[SYNC_PROTOCOL_HEADER];
    if (sent !== String(SYNC_PROTOCOL_VERSION)) {
      throw new SyncHttpError(
        'PROTOCOL_UNSUPPORTED',
        sent === undefined
          ? `Send the header ${SYNC_PROTOCOL_HEADER}: ${SYNC_PROTOCOL_VERSION} with every sync request.`
          : `This server speaks sync protocol ${SYNC_PROTOCOL_VERSION}, the app sent ${String(sent)}. Update the app or ask your IMR organisation which server to use.`,
      );
    }
    request.reviewerId = authenticateReviewer(context.db, request.headers.authorization, context.now());
  });
}
