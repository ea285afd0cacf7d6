import { wordShingles } from './wordShingles';

export const SHINGLE_SIZE = 5;

let lastSource: { text: string; shingles: Set<string> } | null = null;

/** The source (a long UR letter) is shingled once and reused while the reviewer types. */
function sourceShingles(source: string): Set<string> {
  if (lastSource === null || lastSource.text !== source)
    lastSource = { text: source, shingles: wordShingles(source, SHINGLE_SIZE) };
  return lastSource.shingles;
}

/** Share of the part's 5-word runs that also occur in the source: 1 means the part is wholly copied from it. */
export function shingleContainment(part: string, source: string): { containment: number; shingleCount: number } {
  const own = wordShingles(part, SHINGLE_SIZE);
  if (own.size === 0) return { containment: 0, shingleCount: 0 };
  const theirs = sourceShingles(source);
  let shared = 0;
  for (const s of own) if (theirs.has(s)) shared++;
  return { containment: shared / own.size, shingleCount: own.size };
}
