import type { FastifyInstance } from 'fastify';
import { SYNC_ROUTES, enrolRequestSchema, type EnrolResponse } from '../../shared/sync';
import { enrolReviewer } from '../enrolment';
import { SyncHttpError } from '../http';
import type { ServerContext } from './serverContext';

/** POST /v1/enrol: sign in with a one-time code; a wrong code counts as a failed authentication. */
export function enrolRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post(SYNC_ROUTES.enrol, { config: { withoutToken: true } }, async (request, reply): Promise<EnrolResponse> => {
    const body = enrolRequestSchema.safeParse(request.body);
    if (!body.success) {
      const issue = body.error.issues[0];
      throw new SyncHttpError(
        'INVALID_INPUT',
        `Not an enrolment request: ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`,
      );
    }
    const now = context.now();
    try {
      const enrolled = await enrolReviewer(context.db, {
        code: body.data.code,
        certificatePem: body.data.certificatePem,
        now,
        tokenDays: context.tokenDays,
      });
      request.log.info({ reviewerId: enrolled.reviewerId, certificate: enrolled.certificateSha256 }, 'enrolled');
      reply.code(201);
      return enrolled;
    } catch (error) {
      if (error instanceof SyncHttpError && error.code === 'ENROLMENT_CODE_INVALID') {
        await context.throttle.recordFailure(request.ip, now);
      }
      throw error;
    }
  });
}
