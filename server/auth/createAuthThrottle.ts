import type { ServerDb } from '../db';
import { SyncHttpError } from '../http';
import { findAuthFailures, saveAuthFailures } from '../repositories';

export interface AuthThrottleLimits {
  /** Failed authentications (bad or missing token, wrong enrolment code) one client may make per window. */
  maxFailures: number;
  windowMs: number;
  /** How long a client that went over the limit is refused, whatever it sends. */
  blockMs: number;
}

export const DEFAULT_AUTH_LIMITS: AuthThrottleLimits = { maxFailures: 20, windowMs: 10 * 60_000, blockMs: 15 * 60_000 };

/** A block seen by one instance reaches this instance within this time (it caches "not blocked" answers). */
const CACHE_MS = 1000;

export interface AuthThrottle {
  /** Throws 429 while the client is blocked: nothing it sends is checked, so guessing gains nothing. */
  check(clientKey: string, now: Date): Promise<void>;
  /** Counts a failure in the database every instance shares; blocks the client once over the limit. */
  recordFailure(clientKey: string, now: Date): Promise<void>;
}

export function createAuthThrottle(db: ServerDb, limits: AuthThrottleLimits = DEFAULT_AUTH_LIMITS): AuthThrottle {
  const cache = new Map<string, { checkedAt: number; blockedUntil: number }>();
  const refuse = (blockedUntil: number, now: Date): never => {
    const seconds = Math.max(1, Math.ceil((blockedUntil - now.getTime()) / 1000));
    throw new SyncHttpError(
      'TOO_MANY_REQUESTS',
      `Too many failed sign-in attempts from this address. Wait ${Math.ceil(seconds / 60)} minute(s), then check your token or enrolment code.`,
      { headers: { 'retry-after': String(seconds) } },
    );
  };
  return {
    async check(clientKey, now) {
      const at = now.getTime();
      let entry = cache.get(clientKey);
      if (!entry || at - entry.checkedAt > CACHE_MS) {
        const row = await findAuthFailures(db.query, clientKey);
        entry = { checkedAt: at, blockedUntil: row?.blockedUntil ? Date.parse(row.blockedUntil) : 0 };
        if (cache.size > 10_000) cache.clear();
        cache.set(clientKey, entry);
      }
      if (entry.blockedUntil > at) refuse(entry.blockedUntil, now);
    },
    async recordFailure(clientKey, now) {
      const at = now.getTime();
      const blockedUntil = await db.write(async (tx) => {
        const row = await findAuthFailures(tx, clientKey);
        const fresh = !row || at - Date.parse(row.windowStartedAt) > limits.windowMs;
        const failures = fresh ? 1 : row.failures + 1;
        const previousBlock = row?.blockedUntil ? Date.parse(row.blockedUntil) : 0;
        const block = failures >= limits.maxFailures ? at + limits.blockMs : previousBlock;
        await saveAuthFailures(tx, {
          clientKey,
          windowStartedAt: fresh ? now.toISOString() : row.windowStartedAt,
          failures,
          blockedUntil: block > 0 ? new Date(block).toISOString() : null,
        });
        return block;
      });
      cache.set(clientKey, { checkedAt: at, blockedUntil });
    },
  };
}
