const caches = new Set<Map<string, unknown>>();

/**
 * `read`, remembered per line. A compilation repeats its lines (running headers, letterheads, "Date of service"
 * blocks, copied pages): what was read from a line is kept for the next time the line comes, however far on in the
 * record. A cache is dropped whole when it grows past `max` lines, and every cache when an analysis ends
 * (clearLineCaches), so none outlives its use.
 */
export function createLineCache<T extends NonNullable<unknown> | null>(
  read: (line: string) => T,
  max = 32768,
): (line: string) => T {
  const seen = new Map<string, T>();
  caches.add(seen);
  return (line) => {
    // One look-up: nothing stored is undefined.
    const hit = seen.get(line);
    if (hit !== undefined) return hit;
    const value = read(line);
    if (seen.size >= max) seen.clear();
    seen.set(line, value);
    return value;
  };
}

/** Forgets every line read so far: called when an analysis is done. */
export function clearLineCaches(): void {
  for (const cache of caches) cache.clear();
}
