import { useEffect, useState } from 'react';

interface Props {
  title: string;
  page: number;
  pageCount: number;
  scale: string;
  onPage: (page: number) => void;
  onScale: (scale: string) => void;
}

const SCALES = [
  { value: 'page-width', label: 'Fit width' },
  { value: 'page-fit', label: 'Fit page' },
  { value: '0.75', label: '75%' },
  { value: '1', label: '100%' },
  { value: '1.25', label: '125%' },
  { value: '1.5', label: '150%' },
  { value: '2', label: '200%' },
];

export function ViewerToolbar({ title, page, pageCount, scale, onPage, onScale }: Props) {
  const [text, setText] = useState(String(page));
  useEffect(() => setText(String(page)), [page]);
  return (
    <div className="viewer-toolbar" role="toolbar" aria-label="Record viewer">
      <span className="viewer-title" title={title}>{title}</span>
      <button type="button" aria-label="Previous page" disabled={page <= 1} onClick={() => onPage(page - 1)}>‹</button>
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
      <button type="button" aria-label="Next page" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>›</button>
      <select aria-label="Zoom" value={scale} onChange={(e) => onScale(e.target.value)}>
        {SCALES.map((s) => (
          <option key={s.value} value={s.value}>{s.label}</option>
        ))}
      </select>
    </div>
  );
}
