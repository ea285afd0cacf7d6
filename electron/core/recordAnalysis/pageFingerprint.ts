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
/** Reused between pages (the function is synchronous), so a case's pages do not each allocate them. */
let scratch = new Uint32Array(8192);
let sorting = new Uint32Array(8192);
const buckets = new Uint32Array(256);

/**
 * Character 5-grams rather than word n-grams: one OCR slip spoils five shingles out of thousands instead of three
 * whole words, so a re-scanned copy keeps most of its similarity. The sketch is one-permutation hashing (one hash
 * per shingle, binned), which estimates Jaccard similarity as k-permutation MinHash does at 1/64 of the cost.
 */
export function pageFingerprint(normalized: Uint8Array): PageFingerprint {
  const count = Math.max(0, normalized.length - SHINGLE + 1);
  if (scratch.length < count) scratch = new Uint32Array(count * 2);
  const all = scratch;
  let kept = 0;
  // A rolling polynomial hash: each window's hash from the previous one in constant time.
  let h = 0;
  let drop = 1;
  for (let j = 0; j < SHINGLE - 1; j++) drop = Math.imul(drop, BASE);
  for (let j = 0; j < normalized.length; j++) {
    if (j >= SHINGLE) h = (h - Math.imul(normalized[j - SHINGLE] as number, drop)) | 0;
    h = (Math.imul(h, BASE) + (normalized[j] as number)) | 0;
    // One shingle in four, chosen by its hash, so two pages keep the same ones: Jaccard over the sample
    // estimates Jaccard over all shingles, at a quarter of the sorting and comparing.
    if (j >= SHINGLE - 1 && (h & 3) === 0) all[kept++] = mix(h >>> 0);
  }
  const sample = sortHashes(all, kept);
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

/**
 * The first `n` values of `values` in ascending order: a byte-wise radix sort (four passes over a few hundred
 * hashes), which on these sizes takes about two thirds of the time of the built-in typed-array sort.
 */
function sortHashes(values: Uint32Array<ArrayBuffer>, n: number): Uint32Array<ArrayBuffer> {
  if (sorting.length < values.length) sorting = new Uint32Array(values.length);
  let from = values;
  let to = sorting;
  for (let shift = 0; shift < 32; shift += 8) {
    buckets.fill(0);
    for (let i = 0; i < n; i++) {
      const b = ((from[i] as number) >>> shift) & 255;
      buckets[b] = (buckets[b] as number) + 1;
    }
    let sum = 0;
    for (let b = 0; b < 256; b++) {
      const count = buckets[b] as number;
      buckets[b] = sum;
      sum += count;
    }
    for (let i = 0; i < n; i++) {
      const v = from[i] as number;
      const b = (v >>> shift) & 255;
      const at = buckets[b] as number;
      buckets[b] = at + 1;
      to[at] = v;
    }
    const filled = to;
    to = from;
    from = filled;
  }
  // After four passes the values are back in the array they started in.
  return from.subarray(0, n);
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
