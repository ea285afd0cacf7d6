export interface ContentRange {
  start: number;
  end: number;
  size: number;
}

/** Reads `bytes start-end/size` from a 206 reply; null when the header is missing or malformed. */
export function parseContentRange(header: string | null | undefined): ContentRange | null {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header?.trim() ?? '');
  if (!match) return null;
  const [start, end, size] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (start > end || end >= size) return null;
  return { start, end, size };
}
