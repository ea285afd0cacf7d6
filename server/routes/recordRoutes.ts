import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { SYNC_ROUTES, recordParamsSchema } from '../../shared/sync';

import { SyncHttpError } from '../http';

import { parseRangeHeader } from '../../shared/http';
import { findRecord, isRecordAssignedTo } from '../repositories';
import type { ServerContext } from './serverContext';

/**
 * Record bytes by SHA-256, with single byte ranges so an interrupted download resumes where it stopped. Storage
 * checks every chunk against its hash before sending it: a damaged file ends the reply early instead of sending
 * wrong bytes (and is logged).
 */
export function recordRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get(SYNC_ROUTES.record, async (request, reply) => {
    const params = recordParamsSchema.safeParse(request.params);
    if (!params.success)
      throw new SyncHttpError('INVALID_INPUT', 'A record is addressed by its SHA-256: 64 lowercase hex digits.');
    const { sha256 } = params.data;
    const record = await findRecord(context.db.query, sha256);
    if (!record) throw new SyncHttpError('NOT_FOUND', `There is no record ${sha256.slice(0, 12)}… on this server.`);
    if (!(await isRecordAssignedTo(context.db.query, sha256, request.reviewerId))) {
      throw new SyncHttpError('FORBIDDEN', 'This record belongs to no case currently assigned to you.');
    }
    const stored = await context.storage.stat(sha256);
    if (!stored) throw new Error(`Record ${sha256} is missing from record storage (${context.storage.name}).`);

    const etag = `"${sha256}"`;
    const ifRange = request.headers['if-range'];
    const rangeHeader = ifRange === undefined || ifRange === etag ? request.headers.range : undefined;
    const range = parseRangeHeader(rangeHeader, stored.sizeBytes);
    reply.header('accept-ranges', 'bytes').header('etag', etag);
    if (range.kind === 'unsatisfiable') {
      throw new SyncHttpError(
        'RANGE_NOT_SATISFIABLE',
        `The requested range is outside the record (${stored.sizeBytes} bytes).`,
        {
          headers: { 'content-range': `bytes */${stored.sizeBytes}` },
        },
      );
    }
    reply.type(record.mimeType);
    const bytes = range.kind === 'none' ? undefined : { start: range.start, end: range.end };
    // The first chunk is read (and checked) before the status goes out, so a missing or damaged file answers 500.
    const chunks = context.storage.read(sha256, bytes)[Symbol.asyncIterator]();
    const first = await chunks.next();
    // However the reply ends (sent, client gone, error), storage closes its file or stops its queries.
    reply.raw.once('close', () => void chunks.return?.(undefined));
    const body = Readable.from(
      (async function* () {
        if (!first.done) yield first.value;
        for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
      })(),
    );
    body.on('error', (error) => request.log.error({ err: error, sha256 }, 'record read stopped'));
    if (!bytes) {
      reply.code(200).header('content-length', String(stored.sizeBytes));
      return reply.send(body);
    }
    reply
      .code(206)
      .header('content-range', `bytes ${bytes.start}-${bytes.end}/${stored.sizeBytes}`)
      .header('content-length', String(bytes.end - bytes.start + 1));
    return reply.send(body);
  });
}
