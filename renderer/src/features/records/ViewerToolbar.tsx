import { useEffect, useState, type RefObject } from 'react';

interface Props {
  title: string;
  page: number;
  pageCount: number;
  scale: string;
  onPage: (page: number) => void;
  onScale: (scale: string) => void;
  /** Find in this document; omitted where the view cannot search. */
  find?: {
    onFind: (query: string, mode: 'new' | 'next' | 'previous') => void;
    matches: { current: number; total: number } | null;
    inputRef: RefObject<HTMLInputElement | null>;
  };
}

const SCALES = [
  { value: 'page-width', label: 'Fit width' },
  { value: 'page-fit', label: 'Fit page' },
  { value: '0.5', label: '50%' },
  { value: '0.75', label: '75%' },
  { value: '1', label: '100%' },
  { value: '1.25', label: '125%' },
  { value: '1.5', label: '150%' },
  { value: '2', label: '200%' },
  { value: '3', label: '300%' },
];

export function ViewerToolbar({ title, page, pageCount, scale, onPage, onScale, find }: Props) {
  const [text, setText] = useState(String(page));
  const [query, setQuery] = useState('');
  useEffect(() => setText(String(page)), [page]);
  return (
    <div className="viewer-toolbar" role="toolbar" aria-label="Record viewer">
      <span className="viewer-title" title={title}>
        {title}
      </span>
      <button type="button" aria-label="Previous page" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ‹
      </button>
      <label className="page-field">
        Page{' '}
        <input
          aria-label="Page number"
          value={text}
          inputMode="numeric"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && onPage(Number(text))}
          onBlur={() => setText(String(page))}
        />{' '}
        of {pageCount || '…'}
      </label>
      <button type="button" aria-label="Next page" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        ›
      </button>
      <select aria-label="Zoom" value={scale} onChange={(e) => onScale(e.target.value)}>
        {SCALES.some((s) => s.value === scale) ? null : (
          <option value={scale}>{Math.round(Number(scale) * 100)}%</option>
        )}
        {SCALES.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
      {find && (
        <span className="find-field">
          <input
            ref={find.inputRef}
            type="search"
            aria-label="Find in this document"
            placeholder="Find in document"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              find.onFind(e.target.value, 'new');
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') find.onFind(query, e.shiftKey ? 'previous' : 'next');
            }}
          />
          <span className="small muted find-count" aria-live="polite">
            {query && find.matches
              ? find.matches.total
                ? `${find.matches.current} of ${find.matches.total}`
                : 'no match'
              : ''}
          </span>
        </span>
      )}
    </div>
  );
}
