import { useCallback, useEffect, useRef, useState } from 'react';
import type { OcrPage, RecordDocument } from '../../../../shared/ipc';
import { call, recordImageUrl, recordRequest } from '../../api';
import { ErrorBanner } from '../../components';
import { emitWorkspaceEvent } from '../../events';
import { errorMessage } from '../../../../shared/errorMessage';
import { OcrPageNote } from './OcrPageNote';
import { OcrWordLayer } from './OcrWordLayer';
import { QuotePopover } from './QuotePopover';
import { readSelection, type SelectionInfo } from './readSelection';
import { tiffPages, type TiffPages } from './tiffPages';
import { usePageViews } from './usePageViews';
import type { RecordTarget } from './useCaseRecords';
import { ViewerToolbar } from './ViewerToolbar';

/**
 * An image record (PNG, JPEG, or a multi-page fax TIFF drawn page by page) with the words OCR read laid over it
 * as selectable text: search hits are marked on the image and a selection can be quoted with its page.
 */
interface Props {
  doc: RecordDocument;
  target: RecordTarget | null;
  /** Opens another page of the case (duplicates, chronology rows); images have no such links yet. */
  onOpen?: (documentId: string, page: number) => void;
}

export function ImageRecordView({ doc, target }: Props) {
  const [scale, setScale] = useState('page-width');
  const [page, setPage] = useState(1);
  usePageViews(doc.id, page, true);
  const [tiff, setTiff] = useState<TiffPages | null>(null);
  const [size, setSize] = useState({ page: { w: 0, h: 0 }, shown: { w: 0, h: 0 } });
  const [ocr, setOcr] = useState<OcrPage | null>(null);
  const [selection, setSelection] = useState<SelectionInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const image = useRef<HTMLImageElement>(null);
  const isTiff = doc.mimeType === 'image/tiff';
  const pageCount = isTiff ? (tiff?.count ?? doc.pageCount) : 1;
  const terms =
    target && target.documentId === doc.id && target.page === page
      ? (target.terms ?? (target.phrase ? target.phrase.split(/\s+/) : []))
      : [];

  useEffect(() => {
    if (target?.documentId === doc.id) setPage(Math.min(Math.max(1, target.page), Math.max(1, doc.pageCount)));
  }, [target, doc.id, doc.pageCount]);

  useEffect(() => {
    if (!isTiff) return;
    let live = true;
    tiffPages(recordRequest(doc.id)).then(
      (pages) => live && setTiff(pages),
      (e: unknown) => live && setError(`This image could not be displayed: ${errorMessage(e)}`),
    );
    return () => {
      live = false;
    };
  }, [doc.id, isTiff]);

  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (isTiff) return;
    let release: (() => void) | null = null;
    let current = true;
    setSrc(null);
    recordImageUrl(doc.id).then(
      (shown) => {
        if (!current) return shown.release();
        release = shown.release;
        setSrc(shown.url);
      },
      (e: unknown) => current && setError(`This record could not be shown: ${errorMessage(e)}`),
    );
    return () => {
      current = false;
      release?.();
    };
  }, [doc.id, isTiff]);

  const loadOcr = useCallback(
    (n: number) => call('records.ocrPage', { documentId: doc.id, page: n }).catch(() => null),
    [doc.id],
  );
  useEffect(() => {
    let live = true;
    setOcr(null);
    void loadOcr(page).then((o) => live && setOcr(o));
    return () => {
      live = false;
    };
  }, [loadOcr, page]);

  const measure = useCallback(() => {
    const el = isTiff ? canvas.current : image.current;
    if (!el) return;
    const natural = isTiff
      ? { w: tiff?.page(page)?.width ?? 0, h: tiff?.page(page)?.height ?? 0 }
      : { w: image.current?.naturalWidth ?? 0, h: image.current?.naturalHeight ?? 0 };
    const rect = el.getBoundingClientRect();
    setSize({ page: natural, shown: { w: rect.width, h: rect.height } });
  }, [isTiff, tiff, page]);

  useEffect(() => {
    if (!isTiff || !tiff || !canvas.current) return;
    const drawn = tiff.page(page);
    if (!drawn) return;
    const c = canvas.current;
    c.width = drawn.width;
    c.height = Math.round(drawn.height * drawn.stretch);
    const ctx = c.getContext('2d');
    if (!ctx) return;
    const img = new ImageData(new Uint8ClampedArray(drawn.rgba), drawn.width, drawn.height);
    const off = document.createElement('canvas');
    off.width = drawn.width;
    off.height = drawn.height;
    off.getContext('2d')?.putImageData(img, 0, 0);
    ctx.drawImage(off, 0, 0, c.width, c.height);
    measure();
  }, [isTiff, tiff, page, measure]);

  useEffect(() => {
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [measure]);
  useEffect(() => measure(), [scale, measure]);

  const quote = async (alsoQuote: boolean) => {
    const sel = selection;
    const el = isTiff ? canvas.current : image.current;
    if (!sel || !el || size.shown.w === 0) return;
    const origin = el.getBoundingClientRect();
    const sx = size.page.w / size.shown.w;
    const sy = size.page.h / size.shown.h;
    const rects = [...sel.range.getClientRects()]
      .filter((r) => r.width >= 1 && r.height >= 1)
      .map((r) => ({
        x: (r.left - origin.left) * sx,
        y: (r.top - origin.top) * sy,
        width: r.width * sx,
        height: r.height * sy,
      }));
    try {
      await call('records.saveHighlight', { documentId: doc.id, page: sel.page, rects, text: sel.text });
      if (alsoQuote) emitWorkspaceEvent('insertQuote', { text: sel.text, documentId: doc.id, page: sel.page, rects });
      window.getSelection()?.removeAllRanges();
      setSelection(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const width = scale === 'page-width' ? '100%' : scale === 'page-fit' ? 'auto' : `${Number(scale) * 100}%`;
  const style = { width, maxHeight: scale === 'page-fit' ? '100%' : undefined, display: 'block' };
  return (
    <div className="record-viewer">
      <ViewerToolbar
        title={doc.title}
        page={page}
        pageCount={pageCount}
        scale={scale}
        onPage={(n) => setPage(Math.min(Math.max(1, n), pageCount))}
        onScale={setScale}
      />
      {error && <ErrorBanner message={error} />}
      {doc.ocr.needed > 0 && <OcrPageNote page={page} load={loadOcr} />}
      <div className="viewer-frame">
        <div
          ref={frame}
          className="viewer-container image-record"
          tabIndex={0}
          aria-label={`Record: ${doc.title}`}
          onMouseUp={() => frame.current && setSelection(readSelection(frame.current))}
          onKeyUp={() => frame.current && setSelection(readSelection(frame.current))}
        >
          <div
            className="image-record-page"
            data-page-number={page}
            style={{ width: scale === 'page-fit' ? undefined : width }}
          >
            {isTiff ? (
              <canvas ref={canvas} style={style} aria-label={`${doc.title}, page ${page} (scanned image)`} />
            ) : (
              src && <img ref={image} src={src} alt={`${doc.title} (scanned image)`} style={style} onLoad={measure} />
            )}
            {ocr && (
              <OcrWordLayer
                ocr={ocr}
                pageWidth={size.page.w}
                pageHeight={size.page.h}
                shownWidth={size.shown.w}
                shownHeight={size.shown.h}
                terms={terms}
              />
            )}
          </div>
        </div>
      </div>
      {selection && (
        <QuotePopover
          anchor={selection.range}
          onQuote={() => void quote(true)}
          onHighlight={() => void quote(false)}
          onClose={() => setSelection(null)}
        />
      )}
    </div>
  );
}
