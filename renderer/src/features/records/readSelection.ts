export interface SelectionInfo {
  text: string;
  page: number;
  range: Range;
  /** The page element (pdf.js `.page` or a text sheet) holding the selection start. */
  pageElement: HTMLElement;
}

/** The reviewer's current text selection inside `container`, with the page it starts on. */
export function readSelection(container: HTMLElement): SelectionInfo | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  if (!start || !container.contains(start)) return null;
  const pageElement = start.closest<HTMLElement>('[data-page-number]');
  const page = Number(pageElement?.dataset['pageNumber']);
  const text = selection.toString().replace(/\s+/g, ' ').trim();
  if (!pageElement || !Number.isInteger(page) || page < 1 || text.length === 0) return null;
  return { text: text.slice(0, 20_000), page, range, pageElement };
}
