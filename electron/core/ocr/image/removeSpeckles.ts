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
 *
 * A component is looked at from its first pixel in reading order, and only as far as `maxArea` pixels: a letter is
 * known to be too large after a few steps, so the page's ink is never flood-filled (that took most of the time).
 * Any pixel with no ink left of it or in the row above may start a component; a second such pixel of a letter just
 * finds it large again. Small components that stay are marked 2 until the end, so none is judged twice.
 */
export function removeSpeckles(page: BitPage, limits: SpeckleLimits): number {
  const { bits, width, height } = page;
  const { tinyArea, maxArea, isolation } = limits;
  const component = new Int32Array(maxArea + 1);
  const kept: number[] = [];
  let removed = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const start = row + x;
      if (bits[start] !== 1) continue;
      if (x > 0 && bits[start - 1] !== 0) continue;
      if (y > 0) {
        const up = start - width;
        if (bits[up] !== 0 || (x > 0 && bits[up - 1] !== 0) || (x + 1 < width && bits[up + 1] !== 0)) continue;
      }
      component[0] = start;
      let size = 1;
      let x0 = x;
      let y0 = y;
      let x1 = x;
      let y1 = y;
      for (let head = 0; head < size && size <= maxArea; head++) {
        const i = component[head] as number;
        const cx = i % width;
        const cy = (i - cx) / width;
        for (let dy = -1; dy <= 1 && size <= maxArea; dy++) {
          const yy = cy + dy;
          if (yy < 0 || yy >= height) continue;
          for (let dx = -1; dx <= 1; dx++) {
            const xx = cx + dx;
            if ((dx === 0 && dy === 0) || xx < 0 || xx >= width) continue;
            const j = yy * width + xx;
            if (bits[j] === 0) continue;
            let known = false;
            for (let k = 0; k < size; k++) {
              if (component[k] === j) {
                known = true;
                break;
              }
            }
            if (known) continue;
            component[size++] = j;
            if (xx < x0) x0 = xx;
            if (xx > x1) x1 = xx;
            if (yy < y0) y0 = yy;
            if (yy > y1) y1 = yy;
            if (size > maxArea) break;
          }
        }
      }
      if (size > maxArea) continue;
      let alone = true;
      if (size > tinyArea) {
        const ya = Math.max(0, y0 - isolation);
        const yb = Math.min(height - 1, y1 + isolation);
        const xa = Math.max(0, x0 - isolation);
        const xb = Math.min(width - 1, x1 + isolation);
        for (let yy = ya; yy <= yb && alone; yy++) {
          for (let xx = xa; xx <= xb; xx++) {
            if (bits[yy * width + xx] !== 0 && (xx < x0 || xx > x1 || yy < y0 || yy > y1)) {
              alone = false;
              break;
            }
          }
        }
      }
      for (let k = 0; k < size; k++) {
        const i = component[k] as number;
        if (alone) bits[i] = 0;
        else {
          bits[i] = 2;
          kept.push(i);
        }
      }
      if (alone) removed++;
    }
  }
  for (const i of kept) bits[i] = 1;
  return removed;
}
