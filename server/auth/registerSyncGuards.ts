import type { FastifyInstance } from 'fastify';
import {
  AUDIT_CHAIN_HEADER,
  AUDIT_HEAD_HEADER,
  AUDIT_HEAD_SEEN_HEADER,
  SYNC_PROTOCOL_HEADER,
  SYNC_PROTOCOL_VERSION,
  formatSeenAuditHead,
  parseAuditHead,
} from '../../shared/sync';
import { findAuditHead, keepAuditHead } from '../repositories';
import { authenticateReviewer } from './authenticateReviewer';
import type { ServerDb } from '../db';
import { SyncHttpError } from '../http';
import type { AuthThrottle } from './createAuthThrottle';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated reviewer; set before any body is read. */
    reviewerId: string;
  }
  interface FastifyContextConfig {
    /** A sync route that takes no bearer token (enrolment); it still checks the protocol and the throttle. */
    withoutToken?: boolean;
  }
}

/** Every sync route: the protocol version must match, a blocked client is refused, and a live bearer token names the reviewer. */
export interface SyncGuardDeps {
  db: ServerDb;
  throttle: AuthThrottle;
  now: () => Date;
}

export function registerSyncGuards(app: FastifyInstance, context: SyncGuardDeps): void {
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
    const now = context.now();
    await context.throttle.check(request.ip, now);
    if (request.routeOptions.config.withoutToken) return;
    try {
      request.reviewerId = await authenticateReviewer(context.db.query, request.headers.authorization, now);
    } catch (error) {
      if (error instanceof SyncHttpError && error.code === 'UNAUTHORIZED') {
        await context.throttle.recordFailure(request.ip, now);
      }
      throw error;
    }
    request.log = request.log.child({ reviewerId: request.reviewerId });
    reply.log = request.log;
    // The app's audit head, kept as an anchor off the reviewer's computer; the reply says the one kept before, which a
    // trail that was not rolled back still contains.
    const head = parseAuditHead(String(request.headers[AUDIT_HEAD_HEADER] ?? ''));
    const chain = String(request.headers[AUDIT_CHAIN_HEADER] ?? '');
    if (head && /^[0-9a-f]{64}$/.test(chain)) {
      const kept = await findAuditHead(context.db.query, request.reviewerId, chain);
      if (kept) reply.header(AUDIT_HEAD_SEEN_HEADER, formatSeenAuditHead(kept));
      if (kept?.eventId !== head.eventId || kept.hash !== head.hash)
        await keepAuditHead(context.db.query, request.reviewerId, chain, { ...head, seenAt: now.toISOString() });
    }
  });
}
