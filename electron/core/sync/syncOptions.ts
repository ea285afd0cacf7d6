export interface SyncOptions {
  /** Whole-request limit for JSON requests (feed pages, uploads, sign-in). */
  requestTimeoutMs: number;
  /** A record download is abandoned (and later resumed) when no bytes arrive for this long. */
  stallTimeoutMs: number;
  /** Uploads or record downloads in flight at once. */
  concurrency: number;
  feedPageSize: number;
  /** Tries per request within one run for retryable failures (network, 5xx, 429). */
  maxAttempts: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  /** Largest JSON reply accepted; anything bigger is refused as SERVER_REPLY_INVALID. */
  maxJsonReplyBytes: number;
  /** [0, 1) source for backoff jitter; seeded in tests. */
  random: () => number;
}

export const DEFAULT_SYNC_OPTIONS: SyncOptions = {
  requestTimeoutMs: 60_000,
  stallTimeoutMs: 30_000,
  concurrency: 6,
  feedPageSize: 200,
  maxAttempts: 5,
  backoffBaseMs: 500,
  backoffCapMs: 30_000,
  maxJsonReplyBytes: 32 * 1024 * 1024,
  random: Math.random,
};
