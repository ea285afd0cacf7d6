import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { ServerDb } from './db';
import { registerSyncGuards } from './auth';
import { SyncHttpError, toErrorReply, type ServerContext } from './http';

import type { RecordStore } from './records';
import { assignmentRoutes, determinationRoutes, meRoutes, recordRoutes } from './routes';

/** Room for a letter with scanned exhibits (base64 adds a third) plus the determination JSON. */
export const DEFAULT_UPLOAD_LIMIT_BYTES = 64 * 1024 * 1024;

export interface CreateServerOptions {
  records: RecordStore;
  uploadLimitBytes?: number;
  logger?: FastifyServerOptions['logger'];
  now?: () => Date;
}

/** Builds the sync server (not yet listening): routes, guards and the one error shape. */
export function createServer(db: ServerDb, options: CreateServerOptions): FastifyInstance {
  const context: ServerContext = {
    db,
    records: options.records,
    now: options.now ?? (() => new Date()),
    uploadLimitBytes: options.uploadLimitBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES,
  };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    forceCloseConnections: true,
    return503OnClosing: true,
  });
  app.setErrorHandler((error, request, reply) => {
    const mapped = toErrorReply(error, context.uploadLimitBytes);
    if (mapped.unexpected) request.log.error({ err: error }, 'sync request failed');
    return reply.code(mapped.status).headers(mapped.headers).send(mapped.body);
  });
  app.setNotFoundHandler(() => {
    throw new SyncHttpError('NOT_FOUND', 'There is no such sync route. Check the server address and the app version.');
  });
  registerSyncGuards(app, context);
  meRoutes(app, context);
  assignmentRoutes(app, context);
  recordRoutes(app, context);
  determinationRoutes(app, context);
  return app;
}
