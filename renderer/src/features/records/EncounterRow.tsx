import { useState } from 'react';
import { documentTypeSchema, type DocumentType } from '../../../../shared/domain';
import type { Encounter } from '../../../../shared/ipc';
import { call } from '../../api';
import { ErrorBanner } from '../../components';
import { errorMessage } from '../../../../shared/errorMessage';
import { documentTypeLabel } from './documentTypeLabel';
import { formatShortDate, pagesLabel } from './filterEncounters';

interface Props {
  encounter: Encounter;
  /** Dated within the six months before the RFA. */
  inWindow: boolean;
  editing: boolean;
  onEdit: (on: boolean) => void;
  onOpen: (documentId: string, page: number) => void;
  onChanged: () => void;
}

/** Below this a field is shown as a guess to check. */
const SURE = 0.7;

export function EncounterRow({ encounter: e, inWindow, editing, onEdit, onOpen, onChanged }: Props) {
  const unsure = (confidence: number, field: Encounter['corrected'][number]) =>
    confidence < SURE && !e.corrected.includes(field);
  return (
    <li className={`encounter${inWindow ? ' in-window' : ''}`} data-encounter={e.id}>
      <div className="encounter-main">
        <button
          type="button"
          className="encounter-open"
          onClick={() => onOpen(e.documentId, e.startPage)}
          aria-label={`Open ${documentTypeLabel(e.docType)} of ${formatShortDate(e.serviceDate)}, ${e.documentTitle} ${pagesLabel(e)}`}
        >
          <span className="encounter-line">
            <span className={`encounter-date${unsure(e.dateConfidence, 'serviceDate') ? ' unsure' : ''}`}>
              {formatShortDate(e.serviceDate)}
            </span>
            <span className={`encounter-type${unsure(e.typeConfidence, 'docType') ? ' unsure' : ''}`}>
              {documentTypeLabel(e.docType)}
            </span>
            <Confidence encounter={e} />
          </span>
          <span className="encounter-who small">
            <span className={unsure(e.providerConfidence, 'provider') ? 'unsure' : undefined}>
              {e.provider || 'Provider not found'}
            </span>
            {e.facility && e.facility !== e.provider && <span className="muted"> · {e.facility}</span>}
          </span>
          <span className="encounter-where small muted">
            {e.documentTitle} · {pagesLabel(e)}
            {e.title && e.title !== e.documentTitle ? ` · ${e.title}` : ''}
          </span>
          {e.extract && <span className="encounter-extract small">{e.extract}</span>}
        </button>
        <div className="encounter-side">
          <span className={`encounter-seen small${e.pagesSeen >= e.pageCount ? ' done' : ''}`} title="Pages seen">
            {e.pagesSeen}/{e.pageCount} seen
          </span>
          <button
            type="button"
            className="tool-button"
            aria-label={`Correct ${formatShortDate(e.serviceDate)} encounter`}
            aria-expanded={editing}
            onClick={() => onEdit(!editing)}
          >
            ✎
          </button>
        </div>
      </div>
      {e.copies.length > 0 && (
        <div className="encounter-copies small">
          Also at:{' '}
          {e.copies.map((c, i) => (
            <span key={`${c.documentId}:${c.startPage}`}>
              {i > 0 && ', '}
              <button type="button" className="link-button" onClick={() => onOpen(c.documentId, c.startPage)}>
                {c.documentTitle} {pagesLabel(c)}
              </button>
            </span>
          ))}
        </div>
      )}
      {editing && <EncounterEditor encounter={e} onDone={() => onEdit(false)} onChanged={onChanged} />}
    </li>
  );
}

function Confidence({ encounter: e }: { encounter: Encounter }) {
  const corrected = e.corrected.length > 0;
  const lowest = Math.min(e.dateConfidence, e.typeConfidence);
  const text = corrected
    ? 'Corrected by you'
    : [
        `Date ${Math.round(e.dateConfidence * 100)}%`,
        `type ${Math.round(e.typeConfidence * 100)}%`,
        `provider ${Math.round(e.providerConfidence * 100)}%`,
        ...e.notes,
      ].join(' · ');
  return (
    <span
      className={`confidence ${corrected ? 'confidence-corrected' : lowest >= SURE ? 'confidence-high' : 'confidence-low'}`}
      title={text}
      aria-label={text}
    >
      {corrected ? '✓' : lowest >= SURE ? '●' : '?'}
    </span>
  );
}

function EncounterEditor({
  encounter: e,
  onDone,
  onChanged,
}: {
  encounter: Encounter;
  onDone: () => void;
  onChanged: () => void;
}) {
  const [serviceDate, setServiceDate] = useState(e.serviceDate ?? '');
  const [docType, setDocType] = useState<DocumentType>(e.docType);
  const [provider, setProvider] = useState(e.provider);
  const [facility, setFacility] = useState(e.facility);
  const [splitAt, setSplitAt] = useState(e.endPage > e.startPage ? String(e.startPage + 1) : '');
  const [error, setError] = useState<string | null>(null);
  const run = (work: Promise<unknown>) =>
    work
      .then(() => {
        onChanged();
        onDone();
      })
      .catch((err: unknown) => setError(errorMessage(err)));
  const save = () =>
    run(
      call('chronology.correct', {
        documentId: e.documentId,
        startPage: e.startPage,
        ...(serviceDate !== (e.serviceDate ?? '') ? { serviceDate: serviceDate || null } : {}),
        ...(docType !== e.docType ? { docType } : {}),
        ...(provider !== e.provider ? { provider } : {}),
        ...(facility !== e.facility ? { facility } : {}),
      }),
    );
  return (
    <form
      className="encounter-editor small"
      onSubmit={(ev) => {
        ev.preventDefault();
        void save();
      }}
    >
      <label>
        Date of service <input type="date" value={serviceDate} onChange={(ev) => setServiceDate(ev.target.value)} />
      </label>
      <label>
        Type{' '}
        <select value={docType} onChange={(ev) => setDocType(ev.target.value as DocumentType)}>
          {documentTypeSchema.options.map((t) => (
            <option key={t} value={t}>
              {documentTypeLabel(t)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Provider <input value={provider} maxLength={200} onChange={(ev) => setProvider(ev.target.value)} />
      </label>
      <label>
        Facility <input value={facility} maxLength={200} onChange={(ev) => setFacility(ev.target.value)} />
      </label>
      {error && <ErrorBanner message={error} />}
      <div className="encounter-editor-actions">
        <button type="submit" className="primary-button">
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      <div className="encounter-editor-actions">
        {e.startPage > 1 && (
          <button
            type="button"
            onClick={() =>
              void run(call('chronology.setBoundary', { documentId: e.documentId, page: e.startPage, kind: 'merge' }))
            }
          >
            Join to the encounter before
          </button>
        )}
        {e.endPage > e.startPage && (
          <span>
            <button
              type="button"
              disabled={!(Number(splitAt) > e.startPage && Number(splitAt) <= e.endPage)}
              onClick={() =>
                void run(
                  call('chronology.setBoundary', { documentId: e.documentId, page: Number(splitAt), kind: 'split' }),
                )
              }
            >
              Split at page
            </button>{' '}
            <input
              aria-label="Page to split at"
              className="page-input"
              inputMode="numeric"
              value={splitAt}
              onChange={(ev) => setSplitAt(ev.target.value)}
            />
          </span>
        )}
      </div>
    </form>
  );
}
