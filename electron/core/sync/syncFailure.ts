import { AppError, type ErrorCode } from '../../../shared/ipc/appError';

export interface SyncFailureDetails {
  /** HTTP status, when the server answered. */
  status?: number;
  /** The server's own error code (shared/sync/syncErrorCodes.ts), when it sent one. */
  serverCode?: string;
  /** The same request may succeed later (network trouble, 5xx, 429). */
  retryable: boolean;
  /** The server's Retry-After, in milliseconds. */
  retryAfterMs?: number;
}

export function syncFailure(code: ErrorCode, message: string, details: SyncFailureDetails): AppError {
  return new AppError(code, message, details);
}

export function syncFailureDetails(error: unknown): SyncFailureDetails | null {
  if (!(error instanceof AppError)) return null;
  const details = error.details as Partial<SyncFailureDetails> | undefined;
  return details && typeof details.retryable === 'boolean' ? (details as SyncFailureDetails) : null;
}

export function isRetryableSyncError(error: unknown): boolean {
  return syncFailureDetails(error)?.retryable === true;
}

/** 401 and 403 mean the saved sign-in no longer works: stop and ask the reviewer, never retry. */
export function isSignInError(error: unknown): boolean {
  return error instanceof AppError && (error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN');
}
