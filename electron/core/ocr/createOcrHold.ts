/**
 * While the reviewer types, OCR holds its work. The hold is one shared 64-bit time (epoch milliseconds) that every
 * OCR thread reads where it can stop: between the steps of a page, and inside tesseract's reading, whose progress
 * callback runs every few tens of milliseconds. The intervals held are kept so a page's time limit leaves them out.
 */
export interface OcrHold {
  /** Shared with the OCR threads: index 0 is the time until which they hold. */
  readonly state: SharedArrayBuffer;
  /** Hold every OCR thread from now for this long (a hold already longer is kept). */
  holdFor(ms: number): void;
  /** Milliseconds held between two times (epoch ms). */
  heldBetween(from: number, to: number): number;
  /** Whether the threads are held now. */
  holding(): boolean;
}

const KEPT_INTERVALS = 4096;

export function createOcrHold(now: () => number = Date.now): OcrHold {
  const state = new SharedArrayBuffer(8);
  const until = new BigInt64Array(state);
  const intervals: Array<{ start: number; end: number }> = [];
  return {
    state,
    holdFor(ms) {
      const start = now();
      const end = start + Math.max(0, ms);
      let last = intervals.at(-1);
      if (last && last.end >= start) last.end = Math.max(last.end, end);
      else {
        last = { start, end };
        intervals.push(last);
        if (intervals.length > KEPT_INTERVALS) intervals.shift();
      }
      Atomics.store(until, 0, BigInt(last.end));
    },
    heldBetween(from, to) {
      let held = 0;
      for (const { start, end } of intervals) held += Math.max(0, Math.min(end, to) - Math.max(start, from));
      return held;
    },
    holding: () => Number(Atomics.load(until, 0)) > now(),
  };
}
