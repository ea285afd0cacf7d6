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
  for (let v = 0; v < outH; v++) {
    let x = a * 0.5 + c * (v + 0.5) + e;
    let y = b * 0.5 + d * (v + 0.5) + f;
    const row = v * outW;
    for (let u = 0; u < outW; u++, x += a, y += b) {
      const xi = Math.floor(x);
      const yi = Math.floor(y);
      if (xi >= 0 && yi >= 0 && xi < w && yi < h) bits[row + u] = page.bits[yi * w + xi] as number;
    }
  }
  return { page: { bits, width: outW, height: outH }, toInput };
}
