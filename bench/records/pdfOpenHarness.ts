/** A minimal page with pdf.js's PDFViewer set up as the app's viewer is (range loading, no auto-fetch). */
export const PDF_OPEN_HARNESS = `<!doctype html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="/pdfjs/web/pdf_viewer.css">
<style>#box { position: absolute; inset: 0; overflow: auto; } .pdfViewer .page { content-visibility: auto; contain-intrinsic-size: auto 1100px; }</style></head>
<body><div id="box"><div class="pdfViewer"></div></div>
<script type="module">
  const lib = await import('/pdfjs/build/pdf.mjs');
  lib.GlobalWorkerOptions.workerSrc = '/pdfjs/build/pdf.worker.mjs';
  globalThis.pdfjsLib = lib;
  const viewer = await import('/pdfjs/web/pdf_viewer.mjs');
  window.openDoc = (url) => new Promise((resolve, reject) => {
    const container = document.getElementById('box');
    const eventBus = new viewer.EventBus();
    const linkService = new viewer.PDFLinkService({ eventBus });
    const pdfViewer = new viewer.PDFViewer({ container, eventBus, linkService, textLayerMode: 1 });
    linkService.setViewer(pdfViewer);
    eventBus.on('pagesinit', () => { pdfViewer.currentScaleValue = 'page-width'; });
    const started = performance.now();
    const marks = {};
    eventBus.on('pagesinit', () => { marks.init = performance.now() - started; });
    eventBus.on('pagerendered', (e) => {
      if (e.pageNumber === 1) resolve({ ms: performance.now() - started, pages: pdfViewer.pagesCount, marks });
    });
    const task = lib.getDocument({ url, disableRange: true });
    task.promise.then((pdf) => { marks.doc = performance.now() - started; pdfViewer.setDocument(pdf); marks.set = performance.now() - started; linkService.setDocument(pdf); }, reject);
  });
  window.harnessReady = true;
</script></body></html>`;
