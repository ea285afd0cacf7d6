import type { PDFDocumentProxy } from 'pdfjs-dist';

/** pdf.js's PDFViewer subtracts this from the container width for 'page-width'. */
const SCROLLBAR_PADDING = 40;
const PDF_TO_CSS_UNITS = 96 / 72;

/**
 * Paints page 1 at page width into an overlay on the viewer's container, before PDFViewer builds a view
 * per page (thousands on long records). Resolves once the canvas is painted; the caller removes the overlay
 * when PDFViewer's own page 1 has rendered. Shared with bench/records so the benchmark measures this path.
 */
export async function showFirstPage(pdf: PDFDocumentProxy, container: HTMLElement): Promise<HTMLElement> {
  const page = await pdf.getPage(1);
  const unscaled = page.getViewport({ scale: PDF_TO_CSS_UNITS });
  const viewport = page.getViewport({
    scale: ((container.clientWidth - SCROLLBAR_PADDING) / unscaled.width) * PDF_TO_CSS_UNITS,
  });
  const ratio = window.devicePixelRatio || 1;
  const overlay = document.createElement('div');
  overlay.className = 'pdfViewer first-page-view';
  overlay.setAttribute('aria-hidden', 'true');
  overlay.style.setProperty('--scale-factor', String(viewport.scale));
  const sheet = document.createElement('div');
  sheet.className = 'page';
  Object.assign(sheet.style, { width: `${Math.floor(viewport.width)}px`, height: `${Math.floor(viewport.height)}px` });
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  Object.assign(canvas.style, { width: '100%', height: '100%', display: 'block' });
  sheet.append(canvas);
  overlay.append(sheet);
  container.append(overlay);
  try {
    await page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
  } catch (e) {
    overlay.remove();
    throw e;
  }
  return overlay;
}
