/** The pdf.js operators a scanned page is drawn with (numbers from pdf.js's OPS table). */
export interface ScanOperators {
  save: number;
  restore: number;
  transform: number;
  dependency: number;
  paintImageXObject: number;
}

/**
 * The one image a scanned page consists of, when the page is nothing else: a single image painted upright over the
 * whole page box (pdf.js's operator list, and the page's view box [x0, y0, x1, y1]). Anything more (text, lines,
 * a second image, a turn or a crop) returns null, and the page is drawn instead.
 */
export function findFullPageImage(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: ScanOperators,
  view: readonly number[],
): { id: string } | null {
  let ctm = [1, 0, 0, 1, 0, 0];
  const saved: number[][] = [];
  let found: { id: string; ctm: number[] } | null = null;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === ops.save) saved.push(ctm);
    else if (fn === ops.restore) ctm = saved.pop() ?? ctm;
    else if (fn === ops.transform) {
      const m = argsArray[i];
      if (!Array.isArray(m) || m.length !== 6 || !m.every((v) => Number.isFinite(v))) return null;
      const [g, h, k, l, tx, ty] = m as [number, number, number, number, number, number];
      const [a, b, c, d, e, f] = ctm as [number, number, number, number, number, number];
      // Composed here rather than by a shared helper: the OCR worker inlines this function by its source.
      ctm = [a * g + c * h, b * g + d * h, a * k + c * l, b * k + d * l, a * tx + c * ty + e, b * tx + d * ty + f];
    } else if (fn === ops.paintImageXObject) {
      const args = argsArray[i];
      const id = Array.isArray(args) ? (args[0] as unknown) : undefined;
      if (found || typeof id !== 'string') return null;
      found = { id, ctm };
    } else if (fn !== ops.dependency) return null;
  }
  if (!found) return null;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view;
  const [a, b, c, d, e, f] = found.ctm as [number, number, number, number, number, number];
  const near = (u: number, v: number) => Math.abs(u - v) <= 0.5;
  const covers = near(a, x1 - x0) && near(b, 0) && near(c, 0) && near(d, y1 - y0) && near(e, x0) && near(f, y0);
  return covers ? { id: found.id } : null;
}
