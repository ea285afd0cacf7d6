import { setTimeout as sleep } from 'node:timers/promises';
import type { SyncOptions } from './syncOptions';
import { computeBackoff } from './computeBackoff';
import { isRetryableSyncError, syncFailureDetails } from './syncFailure';

export type RetryPolicy = Pick<SyncOptions, 'maxAttempts' | 'backoffBaseMs' | 'backoffCapMs' | 'random'>;

/** Runs `attempt` until it succeeds, fails for good (401/403/4xx), or uses up its tries; waits with jittered backoff between. */
export async function retryWithBackoff<T>(
  policy: RetryPolicy,
  attempt: (tryIndex: number) => Promise<T>,
  shouldStop: () => boolean = () => false,
): Promise<T> {
  for (let tryIndex = 0; ; tryIndex++) {
    try {
      return await attempt(tryIndex);
    } catch (error) {
      if (!isRetryableSyncError(error) || tryIndex + 1 >= policy.maxAttempts || shouldStop()) throw error;
      const asked = Math.min(syncFailureDetails(error)?.retryAfterMs ?? 0, policy.backoffCapMs);
      await sleep(Math.max(asked, computeBackoff(tryIndex, policy.backoffBaseMs, policy.backoffCapMs, policy.random)));
    }
  }
}
