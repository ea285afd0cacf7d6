import { useEffect, useRef, useState } from 'react';
import type { DocumentMeta } from '../../../../shared/domain/caseModel';
import { recordUrl } from '../../api';
import { ViewerToolbar } from './ViewerToolbar';
import { loadPdfjs } from './loadPdfjs';

type PdfViewerInstance = InstanceType<typeof import('pdfjs-dist/web/pdf_viewer.mjs').PDFViewer>;

/** pdf.js's own viewer: only pages near the viewport are rendered, with a selectable text layer. */
export function RecordViewer({ document: doc }: { document: DocumentMeta | null }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<PdfViewerInstance | null>(null);
  const [page, setPage] = useState(1);
  const [pageCount, setPageCount] = useState(0);
  const [scale, setScale] = useState('page-width');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!doc || !container) return;
    let cancelled = false;
    let destroy: (() => void) | null = null;
    setError(null);
    setPage(1);
    setPageCount(0);
    void (async () => {
      try {
        const { lib, viewer } = await loadPdfjs();
        const eventBus = new viewer.EventBus();
        const linkService = new viewer.PDFLinkService({ eventBus });
        const pdfViewer = new viewer.PDFViewer({ container, eventBus, linkService, textLayerMode: 1 });
        linkService.setViewer(pdfViewer);
        eventBus.on('pagesinit', () => {
          pdfViewer.currentScaleValue = 'page-width';
        });
        eventBus.on('pagechanging', (e: { pageNumber: number }) => setPage(e.pageNumber));
        const task = lib.getDocument({ url: recordUrl(doc.id), disableAutoFetch: true, rangeChunkSize: 65536, withCredentials: true });
        destroy = () => void task.destroy();
        const pdf = await task.promise;
        if (cancelled) return;
        pdfViewer.setDocument(pdf);
        linkService.setDocument(pdf);
        viewerRef.current = pdfViewer;
        setPageCount(pdf.numPages);
      } catch (e) {
        if (!cancelled) setError(`This record could not be displayed: ${e instanceof Error ? e.message : String(e)}`);
      }
    })();
    return () => {
      cancelled = true;
      viewerRef.current?.setDocument(null as never);
      viewerRef.current = null;
      destroy?.();
    };
  }, [doc]);

  const goTo = (n: number) => {
    const v = viewerRef.current;
    if (v && n >= 1 && n <= v.pagesCount) v.currentPageNumber = n;
  };
  const zoom = (value: string) => {
    setScale(value);
    if (viewerRef.current) viewerRef.current.currentScaleValue = value;
  };

  if (!doc) return <div className="viewer-empty">Select a document to read it here.</div>;
  return (
    <div className="record-viewer">
      <ViewerToolbar title={doc.title} page={page} pageCount={pageCount} scale={scale} onPage={goTo} onScale={zoom} />
      {error && <div className="error-banner" role="alert">{error}</div>}
      <div className="viewer-frame">
        <div ref={containerRef} className="viewer-container" tabIndex={0} aria-label={`Record: ${doc.title}`}>
          <div className="pdfViewer" />
        </div>
      </div>
    </div>
  );
}
