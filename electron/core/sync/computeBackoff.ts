/** Full-jitter exponential backoff: a random wait in [0, min(cap, base * 2^attempt)), so clients do not retry in step. */
export function computeBackoff(attempt: number, baseMs: number, capMs: number, random: () => number): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}
