import type { AppErrorDetails, AppErrorDetailsKind, AppErrorDetailsOf } from './appErrorDetails';

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'BAD_FILE',
  'CANCELLED',
  'DB_KEY_INVALID',
  'DB_TOO_NEW',
  'DB_CORRUPT',
  'DRAFT_INVALID',
  'CHECKS_FAILED',
  'NETWORK',
  'SERVER_REPLY_INVALID',
  'INTERNAL',
  'SESSION_LOCKED',
  /** Another process holds the workspace folder's writer lock (the app, the shell or a command). */
  'WORKSPACE_IN_USE',
  /** The workspace has no passphrase or OS keychain protecting its key, and the action needs one. */
  'UNPROTECTED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  details?: AppErrorDetails | undefined;
}

/** The one error type that crosses a boundary: a code for programs and a message a reviewer can act on. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: AppErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: AppErrorDetails) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  /** The details when they are of this kind, typed; null otherwise. */
  detailsOf<K extends AppErrorDetailsKind>(kind: K): AppErrorDetailsOf<K> | null {
    return this.details?.kind === kind ? (this.details as AppErrorDetailsOf<K>) : null;
  }

  toData(): AppErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** The details of an error of this kind, or null (any other error, or details of another kind). */
export function appErrorDetails<K extends AppErrorDetailsKind>(error: unknown, kind: K): AppErrorDetailsOf<K> | null {
  return error instanceof AppError ? error.detailsOf(kind) : null;
}
