import { describe, expect, it } from 'vitest';
import { holdOcrWhileTyping, TYPING_HINT_EVERY_MS } from '../../../renderer/src/features/records/holdOcrWhileTyping';

describe('holding OCR while the reviewer types', () => {
  it('asks on the first key and then at most every half second while keys go down, until stopped', () => {
    const target = new EventTarget();
    let t = 0;
    let asks = 0;
    const stop = holdOcrWhileTyping(
      target,
      () => asks++,
      () => t,
    );
    const key = () => target.dispatchEvent(new Event('keydown'));
    key();
    expect(asks).toBe(1);
    // Three seconds of typing at 100 ms a key: one ask a half second.
    for (let i = 0; i < 30; i++) {
      t += 100;
      key();
    }
    expect(asks).toBe(1 + 3000 / TYPING_HINT_EVERY_MS);
    target.dispatchEvent(new Event('keyup'));
    expect(asks).toBe(7);
    stop();
    t += 10_000;
    key();
    expect(asks).toBe(7);
  });
});
