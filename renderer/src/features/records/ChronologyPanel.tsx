import { useMemo, useState } from 'react';
import type { DocumentType } from '../../../../shared/domain';
import type { AnalysisStatus } from '../../../../shared/ipc';
import { ErrorBanner } from '../../components';
import { ChronologyTimeline } from './ChronologyTimeline';
import { documentTypeLabel } from './documentTypeLabel';
import { DuplicateThreshold } from './DuplicateThreshold';
import { EncounterRow } from './EncounterRow';
import { disputeWindow, filterEncounters, filterRange, NO_FILTER, type EncounterFilter } from './filterEncounters';
import type { Chronology } from './useChronology';
import type { CaseRecords } from './useCaseRecords';
import './chronology.css';

/**
 * The case in time order: one row per encounter (copies folded into their original), newest first, filterable by
 * dates (the months before the RFA in one click), type and provider, with the RFA and UR dates on a timeline.
 * A row opens its first page; its details can be corrected in place.
 */
export function ChronologyPanel({ records, chronology }: { records: CaseRecords; chronology: Chronology }) {
  const [filter, setFilter] = useState<EncounterFilter>(NO_FILTER);
  const [editing, setEditing] = useState<string | null>(null);
  const { data, error } = chronology;
  const markers = data?.markers;
  const rows = useMemo(
    () => (data && markers ? filterEncounters(data.encounters, filter, markers) : []),
    [data, markers, filter],
  );
  if (error) return <ErrorBanner message={error} />;
  if (!data || !markers)
    return (
      <div className="loading" role="status">
        Reading the chronology…
      </div>
    );
  const originals = data.encounters.filter((e) => e.duplicateOf === null);
  const types = [...new Set(originals.map((e) => e.docType))].sort((a, b) =>
    documentTypeLabel(a).localeCompare(documentTypeLabel(b)),
  );
  const providers = [...new Set(originals.map((e) => e.provider).filter(Boolean))].sort();
  const window6 = disputeWindow(markers, 6);
  const range = filterRange(filter, markers);
  const set = (change: Partial<EncounterFilter>) => setFilter((f) => ({ ...f, ...change }));

  return (
    <section className="chronology" aria-label="Chronology">
      <div className="chronology-head">
        <div className="pane-heading">
          Chronology{' '}
          <span className="muted small">{statusText(data.analysis, originals.length, data.encounters.length)}</span>
        </div>
        <ChronologyTimeline encounters={originals} markers={markers} range={range} />
        <div className="chronology-filters">
          <label>
            Dates{' '}
            <select
              aria-label="Filter by dates"
              value={filter.preset}
              onChange={(e) => set({ preset: e.target.value as EncounterFilter['preset'] })}
            >
              <option value="all">All dates</option>
              <option value="rfa-6" disabled={!window6}>
                6 months before the RFA
              </option>
              <option value="rfa-12" disabled={!window6}>
                12 months before the RFA
              </option>
              <option value="custom">Between…</option>
            </select>
          </label>
          {filter.preset === 'custom' && (
            <span className="chronology-range">
              <input
                type="date"
                aria-label="From"
                value={filter.from}
                onChange={(e) => set({ from: e.target.value })}
              />
              –
              <input type="date" aria-label="To" value={filter.to} onChange={(e) => set({ to: e.target.value })} />
            </span>
          )}
          <label>
            Type{' '}
            <select
              aria-label="Filter by type"
              value={filter.type}
              onChange={(e) => set({ type: e.target.value as DocumentType | 'all' })}
            >
              <option value="all">All types</option>
              {types.map((t) => (
                <option key={t} value={t}>
                  {documentTypeLabel(t)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Provider{' '}
            <select
              aria-label="Filter by provider"
              value={filter.provider}
              onChange={(e) => set({ provider: e.target.value })}
            >
              <option value="">All providers</option>
              {providers.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="sort-direction"
            aria-label={filter.newestFirst ? 'Show oldest first' : 'Show newest first'}
            title={filter.newestFirst ? 'Newest first' : 'Oldest first'}
            onClick={() => set({ newestFirst: !filter.newestFirst })}
          >
            {filter.newestFirst ? 'Newest ↓' : 'Oldest ↑'}
          </button>
        </div>
        <DuplicateThreshold caseId={records.caseId} onChanged={chronology.refresh} />
        <div className="small muted chronology-count" role="status">
          {rows.length === originals.length
            ? `${rows.length} encounter${rows.length === 1 ? '' : 's'}`
            : `${rows.length} of ${originals.length} encounters`}
        </div>
      </div>
      <ol className="chronology-rows">
        {rows.map((e) => (
          <EncounterRow
            key={e.id}
            encounter={e}
            inWindow={
              window6 !== null && e.serviceDate !== null && e.serviceDate >= window6.from && e.serviceDate <= window6.to
            }
            editing={editing === e.id}
            onEdit={(on) => setEditing(on ? e.id : null)}
            onOpen={(documentId, page) => records.openAt({ documentId, page })}
            onChanged={chronology.refresh}
          />
        ))}
      </ol>
      {rows.length === 0 && <p className="empty-state">No encounter matches these filters.</p>}
    </section>
  );
}

function statusText(analysis: AnalysisStatus, shown: number, all: number): string {
  if (analysis.state !== 'idle') return 'Reading the records…';
  if (!analysis.analyzedAt) return 'Not analyzed yet';
  const copies = all - shown;
  const parts = [`${analysis.pages} pages read`];
  if (copies > 0) parts.push(`${copies} cop${copies === 1 ? 'y' : 'ies'} folded`);
  if (!analysis.complete) parts.push('duplicate search stopped early');
  return parts.join(' · ');
}
