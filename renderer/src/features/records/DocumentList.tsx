import { useState } from 'react';
import type { RecordDocument } from '../../../../shared/ipc';
import { documentTypeLabel } from './documentTypeLabel';
import { sortDocuments, type DocumentSortKey } from './sortDocuments';

interface Props {
  documents: RecordDocument[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onReviewed: (id: string, reviewed: boolean) => void;
}

const SORTS: { key: DocumentSortKey; label: string }[] = [
  { key: 'date', label: 'Date of service' },
  { key: 'type', label: 'Type' },
  { key: 'provider', label: 'Provider' },
  { key: 'title', label: 'Title' },
  { key: 'pages', label: 'Pages' },
];

export function DocumentList({ documents, selectedId, onSelect, onReviewed }: Props) {
  const [sort, setSort] = useState<DocumentSortKey>('date');
  const [descending, setDescending] = useState(false);
  const reviewed = documents.filter((d) => d.reviewed).length;
  return (
    <nav className="document-list" aria-label="Case documents">
      <div className="pane-heading">
        Documents{' '}
        <span className="muted small">
          {reviewed}/{documents.length} reviewed
        </span>
      </div>
      <div className="document-sort">
        <label>
          Sort by{' '}
          <select
            aria-label="Sort documents by"
            value={sort}
            onChange={(e) => setSort(e.target.value as DocumentSortKey)}
          >
            {SORTS.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="sort-direction"
          aria-label={descending ? 'Sort ascending' : 'Sort descending'}
          onClick={() => setDescending((d) => !d)}
        >
          {descending ? '↓' : '↑'}
        </button>
      </div>
      {documents.length === 0 && (
        <p className="empty-state">No records yet. Drop PDF, text or image files here, or use “Add files”.</p>
      )}
      <ul>
        {sortDocuments(documents, sort, descending).map((d) => (
          <li key={d.id} className={d.id === selectedId ? 'selected' : undefined}>
            <input
              type="checkbox"
              checked={d.reviewed}
              disabled={d.unavailable !== null && !d.reviewed}
              aria-label={`Mark ${d.title} reviewed`}
              aria-describedby={d.unavailable ? `unavailable-${d.id}` : undefined}
              title={d.unavailable ? `Cannot be marked reviewed: ${d.unavailable}` : 'Reviewed'}
              onChange={(e) => onReviewed(d.id, e.target.checked)}
            />
            <button
              type="button"
              className="document-button"
              aria-current={d.id === selectedId}
              onClick={() => onSelect(d.id)}
            >
              <span className="document-title">{d.title}</span>
              <span className="muted small">
                {documentTypeLabel(d.docType)} · {d.provider || 'Unknown provider'}
              </span>
              <span className="muted small">
                {d.serviceDate ?? 'no date'} · {d.pageCount} page{d.pageCount === 1 ? '' : 's'}
              </span>
              {d.scannedPages > 0 && (
                <span className="scanned-badge small">
                  {d.scannedPages === d.pageCount ? 'scanned — no text' : `${d.scannedPages} scanned — no text`}
                </span>
              )}
              {d.unavailable ? (
                <span className="unavailable-badge small" id={`unavailable-${d.id}`}>
                  {d.unavailable.startsWith('Its file has not been downloaded')
                    ? 'not downloaded yet — sync to get it'
                    : 'file damaged — sync to get a fresh copy'}
                </span>
              ) : (
                !d.indexed && <span className="muted small">not indexed yet</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
