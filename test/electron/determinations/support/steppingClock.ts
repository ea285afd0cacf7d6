import type { Clock } from '../../../../electron/core/workspace/clock';

export interface SteppingClock extends Clock {
  advance(ms: number): void;
}

/** A clock the test moves forward, so the version interval can pass without waiting. */
export function steppingClock(startIso: string): SteppingClock {
  let now = Date.parse(startIso);
  return {
    now: () => new Date(now),
    today: () => new Date(now).toISOString().slice(0, 10),
    advance(ms) {
      now += ms;
    },
  };
}
