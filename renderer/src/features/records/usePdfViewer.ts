import { useEffect, useState, type RefObject } from 'react';
import { recordRequest } from '../../api';
import { useLatestReply } from '../../components';
import { loadPdfjs } from './loadPdfjs';
import { recordPdfSource } from './recordPdfSource';
import { showFirstPage } from './showFirstPage';
import { withOcrText } from './withOcrText';
import type { OcrPage } from '../../../../shared/ipc';
import { errorMessage } from '../../../../shared/errorMessage';

type ViewerModule = typeof import('pdfjs-dist/web/pdf_viewer.mjs');
export type PdfViewer = InstanceType<ViewerModule['PDFViewer']>;
export type PdfEventBus = InstanceType<ViewerModule['EventBus']>;

export interface PdfViewerHandle {
  viewer: PdfViewer;
  eventBus: PdfEventBus;
  goToPage(page: number): void;
  setScale(value: string): void;
}

/** pdf.js's PDFViewer (renders only pages near the viewport) with its link service and find controller. */
export function usePdfViewer(
  documentId: string,
  container: RefObject<HTMLDivElement | null>,
  ocrPage: ((page: number) => Promise<OcrPage | null>) | null = null,
) {
  const [handle, setHandle] = useState<PdfViewerHandle | null>(null);
  const [page, setPage] = useState(1);
  const [pageCount, setPageCount] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [matches, setMatches] = useState<{ current: number; total: number } | null>(null);
  const [ready, setReady] = useState(false);
  const opening = useLatestReply();

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const wanted = opening.begin();
    let destroy: (() => void) | null = null;
    let made: PdfViewerHandle | null = null;
    let firstPage: HTMLElement | null = null;
    setHandle(null);
    setError(null);
    setPage(1);
    setPageCount(0);
    setMatches(null);
    setReady(false);
    void (async () => {
      try {
        const { lib, viewer } = await loadPdfjs();
        if (!wanted()) return;
        const eventBus = new viewer.EventBus();
        const linkService = new viewer.PDFLinkService({ eventBus });
        const findController = new viewer.PDFFindController({ eventBus, linkService });
        const pdfViewer = new viewer.PDFViewer({
          container: el,
          eventBus,
          linkService,
          findController,
          textLayerMode: 1,
          maxCanvasPixels: 8_388_608,
        });
        linkService.setViewer(pdfViewer);

        eventBus.on('pagesinit', () => {
          pdfViewer.currentScaleValue = 'page-width';
          if (wanted()) setReady(true);
        });
        eventBus.on('pagechanging', (e: { pageNumber: number }) => setPage(e.pageNumber));
        eventBus.on('updatefindmatchescount', (e: { matchesCount: { current: number; total: number } }) =>
          setMatches({ ...e.matchesCount }),
        );
        eventBus.on('updatefindcontrolstate', (e: { matchesCount: { current: number; total: number } }) =>
          setMatches({ ...e.matchesCount }),
        );
        const source = await recordPdfSource(lib, recordRequest(documentId));
        if (!wanted()) return source.dispose();
        const task = lib.getDocument(source.params);
        // Destroying a document mid-load rejects its pending work ("Worker was terminated"): nothing waits for it.
        destroy = () =>
          void task
            .destroy()
            .catch(() => undefined)
            .finally(source.dispose);
        const pdf = await Promise.race([task.promise, source.failed]);
        if (!wanted()) return;
        if (ocrPage) withOcrText(pdf, ocrPage);
        setPageCount(pdf.numPages);
        firstPage = await showFirstPage(pdf, el).catch(() => null);
        if (!wanted()) return void firstPage?.remove();
        // Whichever page PDFViewer paints first (page 1, or a search hit's page) replaces the stand-in.
        const swap = () => {
          firstPage?.remove();
          eventBus.off('pagerendered', swap);
        };
        eventBus.on('pagerendered', swap);
        pdfViewer.setDocument(pdf);
        linkService.setDocument(pdf);
        made = {
          viewer: pdfViewer,
          eventBus,
          goToPage: (n) => {
            if (n >= 1 && n <= pdfViewer.pagesCount) pdfViewer.currentPageNumber = n;
          },
          setScale: (value) => {
            pdfViewer.currentScaleValue = value;
          },
        };
        setHandle(made);
      } catch (e) {
        if (wanted()) setError(`This record could not be displayed: ${errorMessage(e)}`);
      }
    })();
    return () => {
      opening.drop();
      firstPage?.remove();
      made?.viewer.setDocument(null as never);
      destroy?.();
    };
  }, [documentId, container, opening, ocrPage]);

  return { handle, ready, page, pageCount, error, matches };
}

export function dispatchFind(eventBus: PdfEventBus, query: string | string[], again: boolean, previous = false): void {
  eventBus.dispatch('find', {
    source: null,
    type: again ? 'again' : '',
    query,
    caseSensitive: false,
    entireWord: false,
    highlightAll: true,
    findPrevious: previous,
    matchDiacritics: false,
  });
}
