import { jaccard, SKETCH, type PageFingerprint } from './pageFingerprint';

export interface ComparablePage {
  fingerprint: PageFingerprint;
  /** Dates of service the page itself states; two pages stating different ones are different visits. */
  serviceDates: readonly string[];
}

export interface SimilarPair {
  a: number;
  b: number;
  similarity: number;
}

const ROWS = 4;
const BANDS = SKETCH / ROWS;
/** A page checks at most this many candidates exactly, the ones sharing most bands first. */
const MAX_CANDIDATES = 150;

/**
 * Pairs of pages whose text is at least `floor` alike (exact Jaccard over shingles). Candidates come from
 * locality-sensitive hashing of the MinHash sketches (16 bands of 4 rows: a pair at 0.7 similarity is found with
 * probability 0.99, at 0.5 with 0.64), so the work grows with the number of pages, not its square. Pages stating
 * different dates of service are not paired: templated follow-up notes share most words but are separate visits.
 * `deadline` (ms, performance.now) stops the search early; `complete` says whether it ran to the end.
 */
export async function findSimilarPages(
  pages: readonly ComparablePage[],
  floor: number,
  deadline = Number.POSITIVE_INFINITY,
  pause?: () => Promise<void>,
): Promise<{ pairs: SimilarPair[]; complete: boolean }> {
  const buckets = new Map<number, number[]>();
  // A band's key is its four values mixed into one number (with the band's index, so bands never collide).
  const bandKeys = pages.map((p) => {
    const keys: number[] = [];
    if (p.fingerprint.shingles.length === 0) return keys;
    const s = p.fingerprint.sketch;
    for (let band = 0; band < BANDS; band++) {
      const o = band * ROWS;
      let h = Math.imul(band + 1, 0x9e3779b1);
      for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ (s[o + r] as number), 0x85ebca6b) ^ (h >>> 13);
      keys.push(h >>> 0);
    }
    return keys;
  });
  bandKeys.forEach((keys, index) => {
    for (const key of keys) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });

  const pairs: SimilarPair[] = [];
  // Bands shared with each later page, counted in one array reused for every page (only the touched entries reset).
  const shared = new Int32Array(pages.length);
  const touched: number[] = [];
  const bySharedBands = (x: number, y: number) => (shared[y] as number) - (shared[x] as number) || x - y;
  for (let a = 0; a < pages.length; a++) {
    if ((a & 63) === 0) {
      if (performance.now() > deadline) return { pairs, complete: false };
      if (pause) await pause();
    }
    touched.length = 0;
    for (const key of bandKeys[a] ?? []) {
      for (const b of buckets.get(key) ?? []) {
        if (b <= a) continue;
        if (shared[b] === 0) touched.push(b);
        shared[b] = (shared[b] as number) + 1;
      }
    }
    const candidates = touched.sort(bySharedBands).slice(0, MAX_CANDIDATES);
    for (const b of touched) shared[b] = 0;
    const pa = pages[a] as ComparablePage;
    for (const b of candidates) {
      const pb = pages[b] as ComparablePage;
      if (statesOtherVisit(pa.serviceDates, pb.serviceDates)) continue;
      const similarity = jaccard(pa.fingerprint.shingles, pb.fingerprint.shingles);
      if (similarity >= floor) pairs.push({ a, b, similarity });
    }
  }
  return { pairs, complete: true };
}

function statesOtherVisit(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((d) => b.includes(d));
}
