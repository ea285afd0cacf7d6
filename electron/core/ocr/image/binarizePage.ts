/** A bilevel page: one byte per pixel, 1 = ink. */
export interface BitPage {
  bits: Uint8Array;
  width: number;
  height: number;
}

/**
 * Grey levels by luminance, then Otsu's threshold: the split of the histogram that best separates ink from paper.
 * A page that is almost all one level (blank, or a solid photo) still gets a threshold, and reads as little ink.
 */
export function binarizePage(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): BitPage {
  const n = width * height;
  const grey = new Uint8Array(n);
  const histogram = new Uint32Array(256);
  for (let i = 0, p = 0; i < n; i++, p += 4) {
    const alpha = rgba[p + 3] as number;
    const lum = ((rgba[p] as number) * 77 + (rgba[p + 1] as number) * 150 + (rgba[p + 2] as number) * 29) >> 8;
    // Transparent pixels are paper: pdf.js leaves unpainted areas transparent on a fresh canvas. Most pixels are
    // opaque, and skip the blend.
    const g = alpha === 255 ? lum : ((lum * alpha + 255 * (255 - alpha)) / 255) | 0;
    grey[i] = g;
    histogram[g] = (histogram[g] as number) + 1;
  }
  let sumAll = 0;
  for (let t = 0; t < 256; t++) sumAll += t * (histogram[t] as number);
  let sumBelow = 0;
  let countBelow = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    countBelow += histogram[t] as number;
    if (countBelow === 0) continue;
    const countAbove = n - countBelow;
    if (countAbove === 0) break;
    sumBelow += t * (histogram[t] as number);
    const meanBelow = sumBelow / countBelow;
    const meanAbove = (sumAll - sumBelow) / countAbove;
    const between = countBelow * countAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  // A nearly uniform page has no real split; only clearly dark pixels are ink then.
  if (best === 0) threshold = 128;
  const bits = new Uint8Array(n);
  for (let i = 0; i < n; i++) bits[i] = (grey[i] as number) <= threshold ? 1 : 0;
  return { bits, width, height };
}
