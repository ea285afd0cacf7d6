import { useState } from 'react';
import type { DocumentCoverage, RecordDocument } from '../../../../shared/ipc';
import { ModalDialog } from '../../components';
import { documentTypeLabel } from './documentTypeLabel';
import { formatShortDate } from './filterEncounters';
import { OcrBadge } from './OcrBadge';
import { sortDocuments, type DocumentSortKey } from './sortDocuments';

/** What the analysis found inside a document: how many encounters and the dates they span. */
export interface DocumentEncounters {
  count: number;
  first: string | null;
  last: string | null;
}

interface Props {
  documents: RecordDocument[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onReviewed: (id: string, reviewed: boolean) => void;
  coverage?: ReadonlyMap<string, DocumentCoverage>;
  encounters?: ReadonlyMap<string, DocumentEncounters>;
}

/** Below this share of pages seen, marking a document reviewed asks first. */
export const LOW_COVERAGE = 0.5;

const SORTS: { key: DocumentSortKey; label: string }[] = [
  { key: 'date', label: 'Date of service' },
  { key: 'type', label: 'Type' },
  { key: 'provider', label: 'Provider' },
  { key: 'title', label: 'Title' },
  { key: 'pages', label: 'Pages' },
];

export function DocumentList({ documents, selectedId, onSelect, onReviewed, coverage, encounters }: Props) {
  const [sort, setSort] = useState<DocumentSortKey>('date');
  const [descending, setDescending] = useState(false);
  const [confirming, setConfirming] = useState<RecordDocument | null>(null);
  const reviewed = documents.filter((d) => d.reviewed).length;
  const seenOf = (d: RecordDocument) => coverage?.get(d.id) ?? null;
  const review = (d: RecordDocument, checked: boolean) => {
    const seen = seenOf(d);
    if (checked && seen && d.pageCount > 0 && seen.pagesSeen / d.pageCount < LOW_COVERAGE) setConfirming(d);
    else onReviewed(d.id, checked);
  };
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
              onChange={(e) => review(d, e.target.checked)}
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
                {datesOf(d, encounters?.get(d.id))} · {d.pageCount} page{d.pageCount === 1 ? '' : 's'}
              </span>
              <CoverageBar doc={d} seen={seenOf(d)} />
              <OcrBadge doc={d} />
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
      {confirming && (
        <ModalDialog
          title="Mark reviewed?"
          titleId="confirm-reviewed-title"
          onClose={() => setConfirming(null)}
          footer={
            <>
              <button type="button" onClick={() => setConfirming(null)}>
                Keep reading
              </button>
              <button
                type="button"
                className="primary-button"
                onClick={() => {
                  onReviewed(confirming.id, true);
                  setConfirming(null);
                }}
              >
                Mark reviewed anyway
              </button>
            </>
          }
        >
          <p>
            You have seen {seenOf(confirming)?.pagesSeen ?? 0} of {confirming.pageCount} page
            {confirming.pageCount === 1 ? '' : 's'} of “{confirming.title}” (a duplicate counts as seen once its copy
            was on screen). The letter will list it as reviewed.
          </p>
        </ModalDialog>
      )}
    </nav>
  );
}

function datesOf(d: RecordDocument, found: DocumentEncounters | undefined): string {
  if (found && found.count > 1 && found.first) {
    const range =
      found.first === found.last
        ? formatShortDate(found.first)
        : `${formatShortDate(found.first)}–${formatShortDate(found.last)}`;
    return `${range} · ${found.count} encounters`;
  }
  if (d.serviceDate) return d.serviceDate;
  return found?.first ?? 'no date';
}

/** Pages seen of the document, as a bar and a count (the coverage column). */
function CoverageBar({ doc, seen }: { doc: RecordDocument; seen: DocumentCoverage | null }) {
  if (!seen || doc.pageCount === 0) return null;
  const share = Math.min(1, seen.pagesSeen / doc.pageCount);
  const tone = share >= 1 ? 'full' : share >= LOW_COVERAGE ? 'part' : 'low';
  return (
    <span
      className={`coverage coverage-${tone}`}
      title="Pages displayed long enough to read; duplicates count once seen"
    >
      <span className="coverage-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      <span className="small">
        Seen {seen.pagesSeen}/{doc.pageCount}
      </span>
    </span>
  );
}
