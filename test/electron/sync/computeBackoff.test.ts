import { describe, expect, it } from 'vitest';
import { computeBackoff } from '../../../electron/core/sync/computeBackoff';
import { createSeededRandom } from '../../../shared/random/createSeededRandom';

describe('computeBackoff', () => {
  it('doubles the ceiling per attempt and never exceeds the cap when jitter is at its maximum', () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3, 10].map((a) => computeBackoff(a, 100, 1000, top))).toEqual([99, 199, 399, 799, 999]);
  });

  it('spreads waits over the whole window when retries are jittered', () => {
    const random = createSeededRandom(42);
    const waits = Array.from({ length: 200 }, () => computeBackoff(3, 100, 10_000, random.next));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...waits)).toBeLessThan(800);
    expect(new Set(waits).size).toBeGreaterThan(100);
  });
});
