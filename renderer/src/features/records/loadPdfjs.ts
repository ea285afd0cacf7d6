import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import 'pdfjs-dist/web/pdf_viewer.css';

type PdfjsLib = typeof import('pdfjs-dist');
type PdfjsViewer = typeof import('pdfjs-dist/web/pdf_viewer.mjs');

let loading: Promise<{ lib: PdfjsLib; viewer: PdfjsViewer }> | null = null;

/** pdf.js's viewer components read the core library from globalThis, so it must be set before they load. */
export function loadPdfjs(): Promise<{ lib: PdfjsLib; viewer: PdfjsViewer }> {
  loading ??= (async () => {
    const lib = await import('pdfjs-dist');
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    (globalThis as { pdfjsLib?: PdfjsLib }).pdfjsLib = lib;
    const viewer = await import('pdfjs-dist/web/pdf_viewer.mjs');
    return { lib, viewer };
  })();
  return loading;
}
