/**
 * Sleeps the calling thread while the OCR hold (createOcrHold) lasts; returns the milliseconds slept. Run inside
 * the OCR threads (inlined by its source), where blocking is the point: a held thread takes no CPU time at all.
 * It wakes at least every quarter second, so a thread being ended is never kept waiting long.
 */
export function waitWhileHeld(hold: BigInt64Array, sleeper: Int32Array): number {
  let slept = 0;
  for (;;) {
    const left = Number(Atomics.load(hold, 0)) - Date.now();
    if (left <= 0) return slept;
    const from = Date.now();
    Atomics.wait(sleeper, 0, 0, Math.min(left, 250));
    slept += Date.now() - from;
  }
}
