import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  createAuthThrottle,
  DEFAULT_AUTH_LIMITS,
  DEFAULT_TOKEN_DAYS,
  registerSyncGuards,
  type AuthThrottleLimits,
} from './auth';
import type { ServerDb } from './db';
import { SyncHttpError, toErrorReply } from './http';
import { healthRoutes, type HealthState } from './health';
import {
  assignmentRoutes,
  determinationRoutes,
  enrolRoutes,
  meRoutes,
  recordRoutes,
  type ServerContext,
} from './routes';
import type { BlobStorage } from './storage';

/** Room for a letter with scanned exhibits (base64 adds a third) plus the determination JSON. */
export const DEFAULT_UPLOAD_LIMIT_BYTES = 64 * 1024 * 1024;

export const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export interface CreateServerOptions {
  storage: BlobStorage;
  uploadLimitBytes?: number;
  /** Fastify/pino logger settings (JSON lines); false for none. */
  logger?: FastifyServerOptions['logger'];
  now?: () => Date;
  tokenDays?: number;
  authLimits?: AuthThrottleLimits;
  /** Fastify's trustProxy: behind a load balancer, which X-Forwarded-For hops to believe for the client address. */
  trustProxy?: FastifyServerOptions['trustProxy'];
  health?: HealthState;
}

/** Builds the sync server (not yet listening): health, routes, guards, request ids and the one error shape. */
export function createServer(db: ServerDb, options: CreateServerOptions): FastifyInstance {
  const now = options.now ?? (() => new Date());
  const context: ServerContext = {
    db,
    storage: options.storage,
    throttle: createAuthThrottle(db, options.authLimits ?? DEFAULT_AUTH_LIMITS),
    now,
    uploadLimitBytes: options.uploadLimitBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES,
    tokenDays: options.tokenDays ?? DEFAULT_TOKEN_DAYS,
  };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    // In-flight requests (an upload half-way) finish on close; idle keep-alive connections are closed at once.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    trustProxy: options.trustProxy ?? false,
    requestIdHeader: false,
    genReqId: (request) => {
      const sent = request.headers[REQUEST_ID_HEADER];
      return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
    },
  });
  const health = options.health ?? { instanceId: 'single', isLeader: () => true, isClosing: () => false };
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  // While shutting down, a reply that finishes an in-flight request also ends its connection, so close() returns.
  app.addHook('onSend', async (_request, reply) => {
    if (health.isClosing()) reply.header('connection', 'close');
  });
  app.setErrorHandler((error, request, reply) => {
    const mapped = toErrorReply(error, context.uploadLimitBytes);
    if (mapped.unexpected) request.log.error({ err: error }, 'sync request failed');
    return reply.code(mapped.status).headers(mapped.headers).send(mapped.body);
  });
  app.setNotFoundHandler(() => {
    throw new SyncHttpError('NOT_FOUND', 'There is no such sync route. Check the server address and the app version.');
  });
  healthRoutes(app, db, health);
  void app.register(async (sync) => {
    registerSyncGuards(sync, context);
    meRoutes(sync, context);
    assignmentRoutes(sync, context);
    recordRoutes(sync, context);
    determinationRoutes(sync, context);
    enrolRoutes(sync, context);
  });
  return app;
}
