import type { BitPage } from './binarizePage';

/**
 * A scan's own 1-bit pixels (rows padded to whole bytes, most significant bit first, as PDF stores them and pdf.js
 * hands them over) as a page of ink: pdf.js has already applied the image's Decode array, so a set bit is paper.
 */
export function unpackBilevelImage(data: Uint8Array | Uint8ClampedArray, width: number, height: number): BitPage {
  const rowBytes = (width + 7) >> 3;
  const bits = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const src = y * rowBytes;
    const dst = y * width;
    for (let byte = 0; byte < rowBytes; byte++) {
      const value = data[src + byte] as number;
      // Most bytes of a page are all paper.
      if (value === 0xff) continue;
      const x0 = byte << 3;
      const end = Math.min(8, width - x0);
      for (let k = 0; k < end; k++) if (((value >> (7 - k)) & 1) === 0) bits[dst + x0 + k] = 1;
    }
  }
  return { bits, width, height };
}
