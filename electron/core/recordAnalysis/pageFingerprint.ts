/** A page's text as a set of hashed character shingles plus a MinHash sketch of that set. */
export interface PageFingerprint {
  /** Sorted, distinct 32-bit hashes of a hash-chosen quarter of the SHINGLE-character windows of the text. */
  shingles: Uint32Array;
  /** One-permutation MinHash: the smallest mixed hash in each of SKETCH bins (empty bins borrowed from the next). */
  sketch: Uint32Array;
}

export const SHINGLE = 5;
export const SKETCH = 64;
const EMPTY = 0xffffffff;
const BASE = 0x01000193;
/** Reused between pages (the function is synchronous), so a case's pages do not each allocate one. */
let scratch = new Uint32Array(8192);

/**
 * Character 5-grams rather than word n-grams: one OCR slip spoils five shingles out of thousands instead of three
 * whole words, so a re-scanned copy keeps most of its similarity. The sketch is one-permutation hashing (one hash
 * per shingle, binned), which estimates Jaccard similarity as k-permutation MinHash does at 1/64 of the cost.
 */
export function pageFingerprint(normalized: string): PageFingerprint {
  const count = Math.max(0, normalized.length - SHINGLE + 1);
  if (scratch.length < count) scratch = new Uint32Array(count * 2);
  const all = scratch;
  let kept = 0;
  // A rolling polynomial hash: each window's hash from the previous one in constant time.
  let h = 0;
  let drop = 1;
  for (let j = 0; j < SHINGLE - 1; j++) drop = Math.imul(drop, BASE);
  for (let j = 0; j < normalized.length; j++) {
    if (j >= SHINGLE) h = (h - Math.imul(normalized.charCodeAt(j - SHINGLE), drop)) | 0;
    h = (Math.imul(h, BASE) + normalized.charCodeAt(j)) | 0;
    // One shingle in four, chosen by its hash, so two pages keep the same ones: Jaccard over the sample
    // estimates Jaccard over all shingles, at a quarter of the sorting and comparing.
    if (j >= SHINGLE - 1 && (h & 3) === 0) all[kept++] = mix(h >>> 0);
  }
  const sample = all.subarray(0, kept).sort();
  let distinct = 0;
  for (let i = 0; i < sample.length; i++)
    if (i === 0 || sample[i] !== sample[i - 1]) sample[distinct++] = sample[i] as number;
  const shingles = sample.slice(0, distinct);

  const sketch = new Uint32Array(SKETCH).fill(EMPTY);
  for (const shingle of shingles) {
    const mixed = mix(shingle ^ 0x9e3779b9);
    const bin = mixed >>> 26;
    const value = mixed & 0x03ffffff;
    if (value < (sketch[bin] as number)) sketch[bin] = value;
  }
  if (shingles.length > 0) {
    for (let bin = 0; bin < SKETCH; bin++) {
      if (sketch[bin] !== EMPTY) continue;
      for (let step = 1; step < SKETCH; step++) {
        const donor = sketch[(bin + step) % SKETCH] as number;
        if (donor !== EMPTY && donor < 0x04000000) {
          sketch[bin] = donor + 0x04000000 * ((step % 60) + 1);
          break;
        }
      }
    }
  }
  return { shingles, sketch };
}

/** Exact Jaccard similarity of two sorted distinct shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}
