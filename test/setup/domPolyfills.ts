// jsdom has no layout: ProseMirror asks for rects when it scrolls the selection into view.
if (typeof window !== 'undefined' && typeof Range !== 'undefined') {
  const emptyRect = (): DOMRect =>
    ({ x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0, toJSON: () => ({}) }) as DOMRect;
  if (!Range.prototype.getClientRects) {
    Range.prototype.getClientRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  }
  if (!Range.prototype.getBoundingClientRect) Range.prototype.getBoundingClientRect = emptyRect;
  if (!Element.prototype.getClientRects) {
    Element.prototype.getClientRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  }
  const doc = document as Document & { elementFromPoint?: (x: number, y: number) => Element | null };
  if (!doc.elementFromPoint) doc.elementFromPoint = () => null;
}
