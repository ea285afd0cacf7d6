/** Each code the server sends, with its HTTP status and whether the same request may succeed later. */
export const SYNC_ERRORS = {
  INVALID_INPUT: { status: 400, retryable: false },
  PROTOCOL_UNSUPPORTED: { status: 400, retryable: false },
  IDEMPOTENCY_KEY_REQUIRED: { status: 400, retryable: false },
  UNAUTHORIZED: { status: 401, retryable: false },
  ENROLMENT_CODE_INVALID: { status: 401, retryable: false },
  FORBIDDEN: { status: 403, retryable: false },
  NOT_FOUND: { status: 404, retryable: false },
  IDEMPOTENCY_KEY_REUSED: { status: 409, retryable: false },
  VERSION_ALREADY_RECEIVED: { status: 409, retryable: false },
  RESYNC_REQUIRED: { status: 410, retryable: false },
  PAYLOAD_TOO_LARGE: { status: 413, retryable: false },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, retryable: false },
  RANGE_NOT_SATISFIABLE: { status: 416, retryable: false },
  PACKAGE_INVALID: { status: 422, retryable: false },
  PACKAGE_REVIEWER_MISMATCH: { status: 422, retryable: false },
  CERTIFICATE_NOT_REGISTERED: { status: 422, retryable: false },
  CERTIFICATE_REVOKED: { status: 422, retryable: false },
  CERTIFICATE_INVALID: { status: 422, retryable: false },
  CASE_NOT_ASSIGNED: { status: 422, retryable: false },
  CASE_MISMATCH: { status: 422, retryable: false },
  TOO_MANY_REQUESTS: { status: 429, retryable: true },
  INTERNAL: { status: 500, retryable: true },
  SERVICE_UNAVAILABLE: { status: 503, retryable: true },
} as const satisfies Record<string, { status: number; retryable: boolean }>;

export type SyncErrorCode = keyof typeof SYNC_ERRORS;
export const SYNC_ERROR_CODES = Object.keys(SYNC_ERRORS) as SyncErrorCode[];

export function isSyncErrorCode(value: string): value is SyncErrorCode {
  return Object.hasOwn(SYNC_ERRORS, value);
}
