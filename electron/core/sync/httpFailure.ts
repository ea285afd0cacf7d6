import type { AppError, ErrorCode } from '../../../shared/ipc';
import { syncErrorBodySchema } from '../../../shared/sync';
import { syncFailure } from './syncFailure';

/** Turns a non-2xx reply into an AppError a reviewer can act on, keeping the server's code and words when it sent them. */
export function httpFailure(status: number, body: Buffer, retryAfter: string | null): AppError {
  let server: { code: string; message: string } | null = null;
  try {
    const parsed = syncErrorBodySchema.safeParse(JSON.parse(body.toString('utf8')));
    if (parsed.success) server = parsed.data.error;
  } catch {
    server = null;
  }
  const said = server ? ` The server said: ${server.message}` : '';
  const details = { status, ...(server ? { serverCode: server.code } : {}) };
  if (status === 401) {
    return syncFailure(
      'UNAUTHORIZED',
      'The sync server no longer accepts your sign-in (the token is wrong, expired or revoked). Sign in again in Sync settings.',
      { ...details, retryable: false },
    );
  }
  if (status === 403)
    return syncFailure('FORBIDDEN', `The sync server refused access.${said} Sign in again if this persists.`, {
      ...details,
      retryable: false,
    });
  if (status === 408 || status === 429 || status >= 500) {
    const seconds = Number(retryAfter);
    return syncFailure('NETWORK', `The sync server is having trouble (HTTP ${status}).${said} Sync will try again.`, {
      ...details,
      retryable: true,
      ...(Number.isFinite(seconds) && seconds >= 0 ? { retryAfterMs: seconds * 1000 } : {}),
    });
  }
  const code: ErrorCode =
    status === 404
      ? 'NOT_FOUND'
      : status === 409 || status === 410
        ? 'CONFLICT'
        : status >= 400 && status < 500
          ? 'INVALID_INPUT'
          : 'SERVER_REPLY_INVALID';
  const message = server
    ? server.message
    : `The sync server answered with an unexpected HTTP ${status}. Check the server address in Sync settings.`;
  return syncFailure(code, message, { ...details, retryable: false });
}
