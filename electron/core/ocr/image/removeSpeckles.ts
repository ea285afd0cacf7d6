import type { BitPage } from './binarizePage';

export interface SpeckleLimits {
  /** Components up to this many pixels are always noise (a single flipped fax pixel). */
  tinyArea: number;
  /** Components up to this many pixels are noise when no other ink lies within `isolation` pixels of them. */
  maxArea: number;
  isolation: number;
}

/** Limits scaled from a 200 dpi fax: one pixel is noise; up to four, when alone, are too (a full stop has neighbours). */
export function speckleLimitsFor(dpi: number): SpeckleLimits {
  const scale = dpi / 200;
  return {
    tinyArea: Math.max(1, Math.round(scale * scale)),
    maxArea: Math.max(2, Math.round(4 * scale * scale)),
    isolation: Math.max(3, Math.round(4 * scale)),
  };
}

/**
 * Clears small connected ink components (8-connected): the speckle a fax line or a dirty scanner glass leaves.
 * Full stops and the dots of i and j stay, because they sit next to their letters. Returns how many were removed.
 */
export function removeSpeckles(page: BitPage, limits: SpeckleLimits): number {
  const { bits, width, height } = page;
  const { tinyArea, maxArea, isolation } = limits;
  const seen = new Uint8Array(bits.length);
  let stack = new Int32Array(1 << 16);
  const component = new Int32Array(maxArea + 1);
  let removed = 0;
  for (let start = 0; start < bits.length; start++) {
    if (bits[start] !== 1 || seen[start] === 1) continue;
    let top = 0;
    let size = 0;
    let x0 = width;
    let y0 = height;
    let x1 = -1;
    let y1 = -1;
    stack[top++] = start;
    seen[start] = 1;
    while (top > 0) {
      const i = stack[--top] as number;
      const x = i % width;
      const y = (i - x) / width;
      if (size <= maxArea) {
        component[size] = i;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
      size++;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if ((dx === 0 && dy === 0) || xx < 0 || xx >= width) continue;
          const j = yy * width + xx;
          if (bits[j] !== 1 || seen[j] === 1) continue;
          seen[j] = 1;
          if (top >= stack.length) {
            const grown = new Int32Array(stack.length * 2);
            grown.set(stack);
            stack = grown;
          }
          stack[top++] = j;
        }
      }
    }
    if (size > maxArea) continue;
    if (size > tinyArea) {
      let neighbours = 0;
      const ya = Math.max(0, y0 - isolation);
      const yb = Math.min(height - 1, y1 + isolation);
      const xa = Math.max(0, x0 - isolation);
      const xb = Math.min(width - 1, x1 + isolation);
      for (let y = ya; y <= yb && neighbours === 0; y++) {
        for (let x = xa; x <= xb; x++) {
          if (bits[y * width + x] === 1 && (x < x0 || x > x1 || y < y0 || y > y1)) {
            neighbours++;
            break;
          }
        }
      }
      if (neighbours > 0) continue;
    }
    for (let k = 0; k < size; k++) bits[component[k] as number] = 0;
    removed++;
  }
  return removed;
}
