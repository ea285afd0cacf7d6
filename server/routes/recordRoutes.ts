import { createReadStream, existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { SYNC_ROUTES, recordParamsSchema } from '../../shared/sync';

import { SyncHttpError, type ServerContext } from '../http';

import { parseRangeHeader } from '../../shared/http';
import { findRecord, isRecordAssignedTo } from '../repositories';

/** Record bytes by SHA-256, with single byte ranges so an interrupted download resumes where it stopped. */
export function recordRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get(SYNC_ROUTES.record, async (request, reply) => {
    const params = recordParamsSchema.safeParse(request.params);
    if (!params.success)
      throw new SyncHttpError('INVALID_INPUT', 'A record is addressed by its SHA-256: 64 lowercase hex digits.');
    const { sha256 } = params.data;
    const record = findRecord(context.db, sha256);
    if (!record) throw new SyncHttpError('NOT_FOUND', `There is no record ${sha256.slice(0, 12)}… on this server.`);
    if (!isRecordAssignedTo(context.db, sha256, request.reviewerId)) {
      throw new SyncHttpError('FORBIDDEN', 'This record belongs to no case currently assigned to you.');
    }
    const path = context.records.pathOf(sha256);
    if (!existsSync(path)) throw new Error(`Record file ${path} is missing from the record store.`);

    const etag = `"${sha256}"`;
    const ifRange = request.headers['if-range'];
    const rangeHeader = ifRange === undefined || ifRange === etag ? request.headers.range : undefined;
    const range = parseRangeHeader(rangeHeader, record.sizeBytes);
    reply.header('accept-ranges', 'bytes').header('etag', etag);
    if (range.kind === 'unsatisfiable') {
      throw new SyncHttpError(
        'RANGE_NOT_SATISFIABLE',
        `The requested range is outside the record (${record.sizeBytes} bytes).`,
        {
          headers: { 'content-range': `bytes */${record.sizeBytes}` },
        },
      );
    }
    reply.type(record.mimeType);
    if (range.kind === 'none') {
      reply.code(200).header('content-length', String(record.sizeBytes));
      return reply.send(createReadStream(path));
    }
    reply
      .code(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${record.sizeBytes}`)
      .header('content-length', String(range.end - range.start + 1));
    return reply.send(createReadStream(path, { start: range.start, end: range.end }));
  });
}
