/** A minimal page that opens a PDF as the app's usePdfViewer does: its range source, page 1 painted by showFirstPage, then PDFViewer. */
export const PDF_OPEN_HARNESS = `<!doctype html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="/pdfjs/web/pdf_viewer.css">
<style>#box { position: absolute; inset: 0; overflow: auto; } .pdfViewer .page { content-visibility: auto; contain-intrinsic-size: auto 1100px; } .first-page-view { position: absolute; top: 0; left: 0; right: 0; z-index: 2; pointer-events: none; }</style></head>
<body><div id="box"><div class="pdfViewer"></div></div>
<script type="module">
  const lib = await import('/pdfjs/build/pdf.mjs');
  lib.GlobalWorkerOptions.workerSrc = '/pdfjs/build/pdf.worker.mjs';
  globalThis.pdfjsLib = lib;
  const viewer = await import('/pdfjs/web/pdf_viewer.mjs');
  const { showFirstPage } = await import('/app/showFirstPage.mjs');
  const { recordPdfSource } = await import('/app/recordPdfSource.mjs');
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
      if (e.pageNumber === 1) marks.viewer = performance.now() - started;
      document.querySelector('.first-page-view')?.remove();
    });
    recordPdfSource(lib, url).then((source) => Promise.race([lib.getDocument(source.params).promise, source.failed])).then(async (pdf) => {
      marks.doc = performance.now() - started;
      await showFirstPage(pdf, container);
      resolve({ ms: performance.now() - started, pages: pdf.numPages, marks });
      pdfViewer.setDocument(pdf);
      linkService.setDocument(pdf);
    }).catch(reject);
  });
  window.harnessReady = true;
</script></body></html>`;
