import type { Highlight } from '../../../../shared/ipc';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of a pdf.js PDFPageView this feature uses (its typings declare getPageView as any). */
export interface PageViewLike {
  div: HTMLDivElement;
  viewport: {
    convertToPdfPoint(x: number, y: number): number[];
    convertToViewportPoint(x: number, y: number): number[];
  };
}

/** Client rectangles of a selection, relative to the page's text layer, in PDF user-space units. */
export function clientRectsToPdf(view: PageViewLike, layer: Element, rects: Iterable<DOMRect>): Rect[] {
  const origin = layer.getBoundingClientRect();
  const out: Rect[] = [];
  for (const r of rects) {
    if (r.width < 1 || r.height < 1) continue;
    const [x1 = 0, y1 = 0] = view.viewport.convertToPdfPoint(r.left - origin.left, r.top - origin.top);
    const [x2 = 0, y2 = 0] = view.viewport.convertToPdfPoint(r.right - origin.left, r.bottom - origin.top);
    out.push({ x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) });
  }
  return out;
}

/** Draws stored highlights over a rendered page, in a layer of their own (the PDF is never touched). */
export function drawStoredHighlights(view: PageViewLike, highlights: readonly Highlight[]): void {
  view.div.querySelector(':scope > .stored-highlights')?.remove();
  if (highlights.length === 0) return;
  const layer = document.createElement('div');
  layer.className = 'stored-highlights';
  for (const h of highlights) {
    for (const r of h.rects) {
      const [a = 0, b = 0] = view.viewport.convertToViewportPoint(r.x, r.y);
      const [c = 0, d = 0] = view.viewport.convertToViewportPoint(r.x + r.width, r.y + r.height);
      const box = document.createElement('div');
      box.className = `stored-highlight stored-highlight-${h.color}`;
      box.title = h.text.slice(0, 200);
      Object.assign(box.style, {
        left: `${Math.min(a, c)}px`,
        top: `${Math.min(b, d)}px`,
        width: `${Math.abs(c - a)}px`,
        height: `${Math.abs(d - b)}px`,
      });
      layer.append(box);
    }
  }
  view.div.append(layer);
}
