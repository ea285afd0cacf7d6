import { format } from 'date-fns';

export interface Clock {
  now(): Date;
  /** Local calendar date, YYYY-MM-DD. */
  today(): string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => format(new Date(), 'yyyy-MM-dd'),
};

export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso), today: () => iso.slice(0, 10) };
}
