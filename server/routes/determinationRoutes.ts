import type { FastifyInstance } from 'fastify';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  SYNC_ROUTES,
  determinationUploadSchema,
  idempotencyKeySchema,
  type DeterminationReceipt,
} from '../../shared/sync';

import { SyncHttpError } from '../http';

import { receiveDetermination } from '../packages';
import type { ServerContext } from './serverContext';

function idempotencyKeyOf(header: string | string[] | undefined): string {
  const parsed = idempotencyKeySchema.safeParse(header);
  if (!parsed.success) {
    throw new SyncHttpError(
      'IDEMPOTENCY_KEY_REQUIRED',
      'Send an Idempotency-Key header (16-128 letters, digits, "-" or "_"), the same on every retry of this package.',
    );
  }
  return parsed.data;
}

export function determinationRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post(
    SYNC_ROUTES.determinations,
    {
      bodyLimit: context.uploadLimitBytes,
      // Checked before the (large) body is read.
      onRequest: async (request) => {
        idempotencyKeyOf(request.headers[IDEMPOTENCY_KEY_HEADER]);
        if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
          throw new SyncHttpError(
            'UNSUPPORTED_MEDIA_TYPE',
            'Send the package as JSON (Content-Type: application/json).',
          );
        }
      },
    },
    async (request, reply): Promise<DeterminationReceipt> => {
      const key = idempotencyKeyOf(request.headers[IDEMPOTENCY_KEY_HEADER]);
      const body = determinationUploadSchema.safeParse(request.body);
      if (!body.success) {
        const issue = body.error.issues[0];
        throw new SyncHttpError(
          'INVALID_INPUT',
          `The upload is not a package transport: ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`,
        );
      }
      const result = await receiveDetermination(
        context.db,
        context.storage,
        request.reviewerId,
        key,
        body.data,
        context.now(),
      );
      reply.code(201).header(IDEMPOTENT_REPLAYED_HEADER, String(result.replayed));
      return result.receipt;
    },
  );
}
