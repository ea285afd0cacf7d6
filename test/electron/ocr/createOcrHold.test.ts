import { describe, expect, it } from 'vitest';
import { createOcrHold } from '../../../electron/core/ocr/createOcrHold';

describe('the OCR hold', () => {
  it('keeps the furthest end in shared memory and counts the time held between two moments once', () => {
    let now = 1_000;
    const hold = createOcrHold(() => now);
    const until = new BigInt64Array(hold.state);
    expect(hold.holding()).toBe(false);
    hold.holdFor(2_000);
    expect(Number(until[0])).toBe(3_000);
    now = 2_000;
    // Renewed while typing goes on: one interval, not two overlapping ones.
    hold.holdFor(2_000);
    expect(Number(until[0])).toBe(4_000);
    expect(hold.holding()).toBe(true);
    now = 10_000;
    expect(hold.holding()).toBe(false);
    hold.holdFor(500);
    // A shorter hold never cuts one already longer.
    now = 10_100;
    hold.holdFor(100);
    expect(Number(until[0])).toBe(10_500);
    expect(hold.heldBetween(0, 20_000)).toBe(3_000 + 500);
    expect(hold.heldBetween(2_500, 10_250)).toBe(1_500 + 250);
    expect(hold.heldBetween(4_000, 10_000)).toBe(0);
  });
});
