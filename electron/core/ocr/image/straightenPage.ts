import type { BitPage } from './binarizePage';

/** An affine map [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f (canvas and PDF order). */
export type Affine = [number, number, number, number, number, number];

/**
 * The page turned upright (a clockwise quarter turn, exact) and its lines straightened (a small rotation, nearest
 * pixel, the canvas grown so no corner is cut), with the map from the new image's pixels back to the input's.
 */
export function straightenPage(
  page: BitPage,
  rotation: 0 | 90 | 180 | 270,
  skewDegrees: number,
): { page: BitPage; toInput: Affine } {
  const multiply = (m: Affine, n: Affine): Affine => [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
  const { width: w, height: h } = page;
  // Upright image pixel -> input pixel, for each clockwise quarter turn.
  const quarter: Affine =
    rotation === 90
      ? [0, -1, 1, 0, 0, h]
      : rotation === 180
        ? [-1, 0, 0, -1, w, h]
        : rotation === 270
          ? [0, 1, -1, 0, w, 0]
          : [1, 0, 0, 1, 0, 0];
  const qw = rotation === 90 || rotation === 270 ? h : w;
  const qh = rotation === 90 || rotation === 270 ? w : h;
  const skew = Math.abs(skewDegrees) < 0.2 ? 0 : (skewDegrees * Math.PI) / 180;
  const cos = Math.cos(skew);
  const sin = Math.sin(skew);
  const outW = Math.ceil(Math.abs(qw * cos) + Math.abs(qh * sin));
  const outH = Math.ceil(Math.abs(qw * sin) + Math.abs(qh * cos));
  // Output pixel -> upright pixel: rotate by the skew about the centres (the inverse of straightening).
  const unskew: Affine = [cos, sin, -sin, cos, 0, 0];
  unskew[4] = qw / 2 - (cos * outW) / 2 + (sin * outH) / 2;
  unskew[5] = qh / 2 - (sin * outW) / 2 - (cos * outH) / 2;
  const toInput = multiply(quarter, unskew);
  const bits = new Uint8Array(outW * outH);
  const [a, b, c, d, e, f] = toInput;
  // Walked in 16.16 fixed point: source pixels by integer steps and shifts, a fraction of the float walk's cost.
  // Each stretch of a row starts again from the exact position, as a whole pixel plus a fixed-point fraction, so the
  // values stay within 32 bits on pages of any width and the rounding drifts by under 0.04 pixel.
  const one = 65536;
  const stretch = 4096;
  const stepX = Math.round(a * one);
  const stepY = Math.round(b * one);
  const source = page.bits;
  for (let v = 0; v < outH; v++) {
    const row = v * outW;
    for (let u0 = 0; u0 < outW; u0 += stretch) {
      const sx = a * (u0 + 0.5) + c * (v + 0.5) + e;
      const sy = b * (u0 + 0.5) + d * (v + 0.5) + f;
      const bx = Math.floor(sx);
      const by = Math.floor(sy);
      let x = Math.round((sx - bx) * one);
      let y = Math.round((sy - by) * one);
      const end = Math.min(outW, u0 + stretch);
      for (let u = u0; u < end; u++, x += stepX, y += stepY) {
        const xi = bx + (x >> 16);
        const yi = by + (y >> 16);
        if (xi >>> 0 < w && yi >>> 0 < h) bits[row + u] = source[yi * w + xi] as number;
      }
    }
  }
  return { page: { bits, width: outW, height: outH }, toInput };
}
