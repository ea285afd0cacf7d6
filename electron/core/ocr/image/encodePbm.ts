import type { BitPage } from './binarizePage';

/** A binary PBM (P4) file: Leptonica reads it inside tesseract.js without a decoder pass, unlike PNG. */
export function encodePbm(page: BitPage): Uint8Array {
  const header = new TextEncoder().encode(`P4\n${page.width} ${page.height}\n`);
  const rowBytes = Math.ceil(page.width / 8);
  const out = new Uint8Array(header.length + rowBytes * page.height);
  out.set(header, 0);
  for (let y = 0; y < page.height; y++) {
    const src = y * page.width;
    const dst = header.length + y * rowBytes;
    for (let x = 0; x < page.width; x++) {
      if (page.bits[src + x] === 1) out[dst + (x >> 3)] = (out[dst + (x >> 3)] as number) | (0x80 >> (x & 7));
    }
  }
  return out;
}
