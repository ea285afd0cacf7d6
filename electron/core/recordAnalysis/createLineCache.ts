/**
 * A compilation repeats its lines (running headers, letterheads, "Date of service" blocks, copied pages): what was
 * read from a line is kept for the next time the line comes. The cache is dropped whole when it grows past `max`
 * lines, so an analysis of thousands of pages holds a bounded amount.
 */
export function createLineCache<T>(max = 4096): (key: string, read: () => T) => T {
  const seen = new Map<string, T>();
  return (key, read) => {
    if (seen.has(key)) return seen.get(key) as T;
    const value = read();
    if (seen.size >= max) seen.clear();
    seen.set(key, value);
    return value;
  };
}
