import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

interface Props {
  pageCount: number;
  page: number;
  onPage: (page: number) => void;
  /** Pages with stored highlights, marked in the strip. */
  marked: ReadonlySet<number>;
}

const ROW = 26;

/** A virtualized strip of page numbers: thousands of pages cost a screenful of buttons. */
export function PageStrip({ pageCount, page, onPage, marked }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: pageCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 8,
  });
  useEffect(() => {
    if (pageCount > 0) virtual.scrollToIndex(page - 1, { align: 'auto' });
  }, [page, pageCount, virtual]);
  return (
    <div ref={scroller} className="page-strip" role="navigation" aria-label="Pages">
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((item) => {
          const n = item.index + 1;
          return (
            <button
              key={n}
              type="button"
              className={`page-strip-item${n === page ? ' current' : ''}${marked.has(n) ? ' marked' : ''}`}
              aria-current={n === page ? 'page' : undefined}
              aria-label={`Page ${n}`}
              style={{ position: 'absolute', top: item.start, height: ROW, left: 0, right: 0 }}
              onClick={() => onPage(n)}
            >
              {n}
            </button>
          );
        })}
      </div>
    </div>
  );
}
