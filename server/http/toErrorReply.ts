import type { SyncErrorBody } from '../../shared/sync';
import { isDatabaseUnavailable } from '../db';
import { SyncHttpError } from './SyncHttpError';

export interface ErrorReply {
  status: number;
  body: SyncErrorBody;
  headers: Record<string, string>;
  /** True for failures the server did not expect, which deserve a log line with the stack. */
  unexpected: boolean;
}

interface FrameworkError {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
}

/** Maps anything a handler or Fastify throws to the protocol's error body. */
export function toErrorReply(error: unknown, uploadLimitBytes: number): ErrorReply {
  if (error instanceof SyncHttpError) {
    return { status: error.status, body: error.toBody(), headers: error.headers, unexpected: false };
  }
  const framework = (typeof error === 'object' && error !== null ? error : {}) as FrameworkError;
  const reply = (status: number, code: string, message: string): ErrorReply => ({
    status,
    body: { error: { code, message } },
    headers: {},
    unexpected: false,
  });
  if (framework.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const mb = Math.floor(uploadLimitBytes / (1024 * 1024));
    return reply(
      413,
      'PAYLOAD_TOO_LARGE',
      `The upload is larger than this server accepts (${mb} MB). Shrink the letter (fewer embedded images) and sign again.`,
    );
  }
  if (framework.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return reply(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the package as JSON (Content-Type: application/json).');
  }
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      body: {
        error: {
          code: 'SERVICE_UNAVAILABLE',
          message: 'The sync server cannot reach its database right now; nothing was stored. Sync will try again.',
        },
      },
      headers: { 'retry-after': '2' },
      unexpected: true,
    };
  }
  const status = typeof framework.statusCode === 'number' ? framework.statusCode : 500;
  if (status >= 400 && status < 500) {
    const detail = typeof framework.message === 'string' ? framework.message : 'malformed request';
    return reply(400, 'INVALID_INPUT', `The request could not be read: ${detail}`);
  }
  return {
    status: 500,
    body: {
      error: {
        code: 'INTERNAL',
        message: 'The sync server hit an unexpected error; nothing was stored. Try again later.',
      },
    },
    headers: {},
    unexpected: true,
  };
}
