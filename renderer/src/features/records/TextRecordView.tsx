import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordDocument } from '../../../../shared/ipc';
import { call } from '../../api';
import { useLatestReply } from '../../components';
import { emitWorkspaceEvent } from '../../events';
import { markTerms } from './markTerms';
import { QuotePopover } from './QuotePopover';
import { readSelection, type SelectionInfo } from './readSelection';
import type { RecordTarget } from './useCaseRecords';
import { usePageKeys } from './usePageKeys';
import { ViewerToolbar } from './ViewerToolbar';
import { DuplicateBanner } from './DuplicateBanner';
import { usePageViews } from './usePageViews';

const BLOCK = 40;
const FONT_PX = 13;
/** A sheet holds 56 lines of 96 monospace characters (paginateText) with margins, at 13 px. */
const SHEET_WIDTH = 860;
const SHEET_HEIGHT = 1060;
const GAP = 12;

/** A text record shown as printed-size sheets from the index, virtualized like the PDF viewer. */
interface Props {
  doc: RecordDocument;
  target: RecordTarget | null;
  onOpen: (documentId: string, page: number) => void;
}

export function TextRecordView({ doc, target, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [texts, setTexts] = useState<Map<number, string>>(new Map());
  const requested = useRef(new Set<number>());
  const [scale, setScale] = useState('page-width');
  const [terms, setTerms] = useState<string[]>([]);
  const [selection, setSelection] = useState<SelectionInfo | null>(null);
  const [frame, setFrame] = useState({ width: SHEET_WIDTH, height: SHEET_HEIGHT });
  const zoom =
    scale === 'page-width'
      ? (frame.width - 24) / SHEET_WIDTH
      : scale === 'page-fit'
        ? Math.min((frame.width - 24) / SHEET_WIDTH, (frame.height - GAP) / SHEET_HEIGHT)
        : Number(scale);
  const pageCount = Math.max(1, doc.pageCount);
  const virtual = useVirtualizer({
    count: pageCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => (SHEET_HEIGHT + GAP) * zoom,
    overscan: 2,
  });
  const items = virtual.getVirtualItems();
  const page = (items.find((i) => i.end > (virtual.scrollOffset ?? 0) + 40)?.index ?? 0) + 1;
  usePageViews(doc.id, page, pageCount > 0);

  const pageTexts = useLatestReply();

  useEffect(() => {
    setTexts(new Map());
    requested.current = new Set();
    // Blocks still on their way belong to the document shown before: they must not fill this one's pages.
    return pageTexts.drop;
  }, [doc.id, pageTexts]);
  useEffect(() => virtual.measure(), [zoom, virtual]);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setFrame({ width: el.clientWidth, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    for (let block = Math.floor(first / BLOCK); block <= Math.floor(last / BLOCK); block++) {
      if (requested.current.has(block)) continue;
      requested.current.add(block);
      // Blocks arrive in any order and each one counts, so this is begin() rather than track().
      const wanted = pageTexts.begin();
      void call('records.pageTexts', {
        documentId: doc.id,
        fromPage: block * BLOCK + 1,
        toPage: block * BLOCK + BLOCK,
      }).then(
        ({ pages }) => wanted() && setTexts((m) => new Map([...m, ...pages.map((p) => [p.page, p.text] as const)])),
        () => undefined, // as before, a block that fails to load keeps showing "…"
      );
    }
  }, [first, last, doc.id, pageTexts]);

  const goTo = useCallback(
    (n: number) => virtual.scrollToIndex(Math.min(Math.max(1, n), pageCount) - 1, { align: 'start' }),
    [virtual, pageCount],
  );
  useEffect(() => {
    if (!target || target.documentId !== doc.id) return;
    setTerms(target.terms ?? (target.phrase ? [target.phrase] : []));
    goTo(target.page);
  }, [target, doc.id, goTo]);
  const onKeyDown = usePageKeys({ page, pageCount, goTo });

  const keep = async (quote: boolean) => {
    if (!selection) return;
    const saved = await call('records.saveHighlight', {
      documentId: doc.id,
      page: selection.page,
      rects: [],
      text: selection.text,
    });
    if (quote) emitWorkspaceEvent('insertQuote', { text: saved.text, documentId: doc.id, page: saved.page, rects: [] });
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  };

  return (
    <div className="record-viewer">
      <ViewerToolbar
        title={doc.title}
        page={page}
        pageCount={pageCount}
        scale={scale}
        onPage={goTo}
        onScale={setScale}
      />
      {pageCount > 0 && <DuplicateBanner documentId={doc.id} page={page} onOpen={onOpen} />}
      <div className="viewer-frame">
        <div
          ref={scroller}
          className="viewer-container text-record"
          tabIndex={0}
          aria-label={`Record: ${doc.title}`}
          onKeyDown={onKeyDown}
          onMouseUp={() => scroller.current && setSelection(readSelection(scroller.current))}
        >
          <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {items.map((item) => (
              <div
                key={item.key}
                className="text-page"
                data-page-number={item.index + 1}
                style={{
                  position: 'absolute',
                  top: item.start,
                  width: SHEET_WIDTH * zoom,
                  height: SHEET_HEIGHT * zoom,
                  fontSize: `${FONT_PX * zoom}px`,
                }}
              >
                <pre>{texts.has(item.index + 1) ? markTerms(texts.get(item.index + 1) ?? '', terms) : '…'}</pre>
                <span className="text-page-number small muted">Page {item.index + 1}</span>
              </div>
            ))}
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
