import { AppError, appErrorDetails, type AppErrorDetailsOf, type ErrorCode } from '../../../shared/ipc';

export type SyncFailureDetails = Omit<AppErrorDetailsOf<'syncFailure'>, 'kind'>;

export function syncFailure(code: ErrorCode, message: string, details: SyncFailureDetails): AppError {
  return new AppError(code, message, { kind: 'syncFailure', ...details });
}

export function syncFailureDetails(error: unknown): SyncFailureDetails | null {
  return appErrorDetails(error, 'syncFailure');
}

export function isRetryableSyncError(error: unknown): boolean {
  return syncFailureDetails(error)?.retryable === true;
}

/** 401 and 403 mean the saved sign-in no longer works: stop and ask the reviewer, never retry. */
export function isSignInError(error: unknown): boolean {
  return error instanceof AppError && (error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN');
}
