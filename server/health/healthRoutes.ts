import type { FastifyInstance } from 'fastify';
import type { ServerDb } from '../db';

export const HEALTH_ROUTES = { live: '/health/live', ready: '/health/ready' } as const;

export interface HealthState {
  instanceId: string;
  isLeader(): boolean;
  /** True once a graceful shutdown began: a load balancer should send new requests elsewhere. */
  isClosing(): boolean;
}

/** How long readiness waits for the database before answering 503. */
const READY_TIMEOUT_MS = 1500;

/**
 * For load balancers and orchestrators, without a token: live = the process answers; ready = it can serve sync
 * requests (its database answers and it is not shutting down).
 */
export function healthRoutes(app: FastifyInstance, db: ServerDb, state: HealthState): void {
  app.get(HEALTH_ROUTES.live, { logLevel: 'warn' }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'live', instance: state.instanceId };
  });
  app.get(HEALTH_ROUTES.ready, { logLevel: 'warn' }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    const background = state.isLeader() ? 'leader' : 'standby';
    if (state.isClosing()) return reply.code(503).send({ status: 'closing', instance: state.instanceId, background });
    try {
      await db.ping(READY_TIMEOUT_MS);
    } catch {
      return reply
        .code(503)
        .send({ status: 'unavailable', database: 'unreachable', instance: state.instanceId, background });
    }
    return { status: 'ready', database: 'ok', instance: state.instanceId, background };
  });
}
