import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Highlight, OcrPage, RecordDocument } from '../../../../shared/ipc';
import { call } from '../../api';
import { emitWorkspaceEvent } from '../../events';
import { PageStrip } from './PageStrip';
import { clientRectsToPdf, drawStoredHighlights, type PageViewLike } from './pdfPageGeometry';
import { QuotePopover } from './QuotePopover';
import { readSelection, type SelectionInfo } from './readSelection';
import type { RecordTarget } from './useCaseRecords';
import { dispatchFind, usePdfViewer } from './usePdfViewer';
import { usePageKeys } from './usePageKeys';
import { ViewerToolbar } from './ViewerToolbar';
import { DuplicateBanner } from './DuplicateBanner';
import { usePageViews } from './usePageViews';
import { errorMessage } from '../../../../shared/errorMessage';
import { ErrorBanner, useLatestReply } from '../../components';
import { OcrPageNote } from './OcrPageNote';

const FINISHED = 3;

interface Props {
  doc: RecordDocument;
  target: RecordTarget | null;
  onOpen: (documentId: string, page: number) => void;
}

/** A PDF record in pdf.js's viewer: zoom, page field and strip, find, stored highlights and quoting. */
export function PdfRecordView({ doc, target, onOpen }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const ocrPages = useRef(new Map<number, Promise<OcrPage | null>>());
  const needsOcr = doc.ocr.needed > 0;
  const ocrPage = useCallback(
    (n: number) => {
      let known = ocrPages.current.get(n);
      if (!known) {
        known = call('records.ocrPage', { documentId: doc.id, page: n }).catch(() => null);
        ocrPages.current.set(n, known);
      }
      return known;
    },
    [doc.id],
  );
  const { handle, ready, page, pageCount, error, matches } = usePdfViewer(
    doc.id,
    containerRef,
    needsOcr ? ocrPage : null,
  );
  const [scale, setScale] = useState('page-width');
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [selection, setSelection] = useState<SelectionInfo | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const problem = error ?? actionError;
  usePageViews(doc.id, page, ready && !problem);

  const stored = useLatestReply();

  useEffect(() => {
    setHighlights([]);
    void stored.track(call('records.listHighlights', { documentId: doc.id }), setHighlights, () => setHighlights([]));
    return stored.drop;
  }, [doc.id, stored]);

  useEffect(() => {
    if (!handle) return;
    const draw = (e: { pageNumber: number; source: PageViewLike }) =>
      drawStoredHighlights(
        e.source,
        highlights.filter((h) => h.page === e.pageNumber),
      );
    handle.eventBus.on('pagerendered', draw);
    for (let i = 0; i < handle.viewer.pagesCount; i++) {
      const view = handle.viewer.getPageView(i) as (PageViewLike & { renderingState: number }) | undefined;
      if (view?.renderingState === FINISHED) draw({ pageNumber: i + 1, source: view });
    }
    return () => handle.eventBus.off('pagerendered', draw);
  }, [handle, highlights]);

  useEffect(() => {
    if (!handle || !ready || !target || target.documentId !== doc.id) return;
    handle.goToPage(Math.min(Math.max(1, target.page), handle.viewer.pagesCount));
    const query = target.terms?.length ? target.terms : target.phrase;
    if (query) dispatchFind(handle.eventBus, query, false);
  }, [handle, ready, target, doc.id]);

  // A window (or pane) resized keeps "fit width" fitting: the chronology widening the records pane says so.
  useEffect(() => {
    if (!handle || !ready) return;
    const refit = () => {
      const value = handle.viewer.currentScaleValue;
      if (value === 'page-width' || value === 'page-fit') handle.setScale(value);
    };
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, [handle, ready]);

  useEffect(() => {
    const clear = () => {
      if (window.getSelection()?.isCollapsed) setSelection(null);
    };
    document.addEventListener('selectionchange', clear);
    return () => document.removeEventListener('selectionchange', clear);
  }, []);

  const goTo = (n: number) => {
    handle?.goToPage(n);
  };
  const zoom = (value: string) => {
    setScale(value);
    handle?.setScale(value);
  };
  const onKeyDown = usePageKeys({ page, pageCount, goTo, focusFind: () => findInput.current?.focus() });
  const marked = useMemo(() => new Set(highlights.map((h) => h.page)), [highlights]);

  const keep = async (quote: boolean) => {
    const sel = selection;
    if (!sel || !handle) return;
    const view = handle.viewer.getPageView(sel.page - 1) as PageViewLike;
    const layer = sel.pageElement.querySelector('.textLayer') ?? sel.pageElement;
    const rects = clientRectsToPdf(view, layer, sel.range.getClientRects());
    try {
      const saved = await call('records.saveHighlight', { documentId: doc.id, page: sel.page, rects, text: sel.text });
      setHighlights((h) => [...h, saved]);
      if (quote) emitWorkspaceEvent('insertQuote', { text: sel.text, documentId: doc.id, page: sel.page, rects });
      window.getSelection()?.removeAllRanges();
      setSelection(null);
    } catch (e) {
      setActionError(errorMessage(e));
    }
  };

  return (
    <div className="record-viewer">
      <ViewerToolbar
        title={doc.title}
        page={page}
        pageCount={pageCount}
        scale={scale}
        onPage={goTo}
        onScale={zoom}
        find={{
          inputRef: findInput,
          matches,
          onFind: (q, mode) => handle && dispatchFind(handle.eventBus, q, mode !== 'new', mode === 'previous'),
        }}
      />
      {problem && <ErrorBanner message={problem} />}
      {ready && <DuplicateBanner documentId={doc.id} page={page} onOpen={onOpen} />}
      {needsOcr && page > 0 && <OcrPageNote page={page} load={ocrPage} />}
      <div className="viewer-body">
        <PageStrip pageCount={pageCount} page={page} onPage={goTo} marked={marked} />
        <div className="viewer-frame">
          <div
            ref={containerRef}
            className="viewer-container"
            tabIndex={0}
            aria-label={`Record: ${doc.title}`}
            onKeyDown={onKeyDown}
            onMouseUp={() => containerRef.current && setSelection(readSelection(containerRef.current))}
            onKeyUp={() => containerRef.current && setSelection(readSelection(containerRef.current))}
          >
            <div className="pdfViewer" />
          </div>
        </div>
      </div>
      {selection && (
        <QuotePopover
          anchor={selection.range}
          onQuote={() => void keep(true)}
          onHighlight={() => void keep(false)}
          onClose={() => setSelection(null)}
        />
      )}
    </div>
  );
}
