import { useEffect, useMemo, useRef, useState } from 'react';
import { caseStatusSchema, type CaseStatus, type CaseSummary, type Priority } from '../../../../shared/domain';
import { call, onBackendEvent } from '../../api';
import { ErrorBanner, useLatestReply } from '../../components';

import { SyncBar } from '../sync';
import { statusLabel } from './statusLabel';
import { InboxRow } from './InboxRow';
import { sortCases, type SortKey } from './sortCases';
import { errorMessage } from '../../../../shared/errorMessage';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'caseNumber', label: 'Case' },
  { key: 'priority', label: 'Priority' },
  { key: 'dueDate', label: 'Due' },
  { key: 'claimantName', label: 'Claimant' },
  { key: 'itemCount', label: 'Disputed items' },
  { key: 'status', label: 'Status' },
];

export function InboxView({ today, onOpen }: { today: string; onOpen: (caseId: string) => void }) {
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [priority, setPriority] = useState<Priority | ''>('');
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'dueDate', ascending: true });
  const [selected, setSelected] = useState(0);
  const [reloadKey, setReloadKey] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLTableSectionElement>(null);
  const caseList = useLatestReply();

  useEffect(() => {
    const input = { ...(query ? { query } : {}), ...(status ? { status } : {}), ...(priority ? { priority } : {}) };
    void caseList.track(
      call('cases.list', input),
      (next) => {
        setCases(next);
        setSelected((s) => Math.min(s, Math.max(0, next.length - 1)));
        setError(null);
      },
      (e) => setError(errorMessage(e)),
    );
    return caseList.drop;
  }, [query, status, priority, reloadKey, caseList]);

  useEffect(() => setSelected(0), [query, status, priority]);

  // Cases a background sync added, changed or withdrew show up without a reload.
  useEffect(
    () =>
      onBackendEvent((event) => {
        if (event.type === 'cases.changed' || event.type === 'hello') setReloadKey((k) => k + 1);
      }),
    [],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && document.activeElement?.tagName !== 'INPUT') {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const rows = useMemo(() => sortCases(cases ?? [], sort.key, sort.ascending), [cases, sort]);
  const overdue = rows.filter((c) => c.dueDate < today && c.status !== 'signed' && c.status !== 'uploaded').length;

  const onTableKey = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = Math.max(0, Math.min(rows.length - 1, selected + (event.key === 'ArrowDown' ? 1 : -1)));
      setSelected(next);
      tableRef.current?.querySelectorAll<HTMLTableRowElement>('tr')[next]?.focus();
    } else if (event.key === 'Enter' && rows[selected]) {
      onOpen(rows[selected].id);
    }
  };

  return (
    <div className="inbox">
      <header className="app-header">
        <h1>Assigned cases</h1>
        <span className="muted">
          {rows.length} case{rows.length === 1 ? '' : 's'}
          {overdue > 0 && <span className="overdue-count"> · {overdue} overdue</span>}
        </span>
        <SyncBar onSynced={() => setReloadKey((k) => k + 1)} />
      </header>
      <div className="inbox-toolbar" role="search">
        <input
          ref={searchRef}
          type="search"
          className="search-input"
          placeholder="Search case number, claimant or treatment  ( / )"
          aria-label="Search cases"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) =>
            e.key === 'ArrowDown' && (e.preventDefault(), tableRef.current?.querySelector('tr')?.focus())
          }
        />
        <label>
          Status{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value as CaseStatus | '')}>
            <option value="">All</option>
            {caseStatusSchema.options.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Priority{' '}
          <select value={priority} onChange={(e) => setPriority(e.target.value as Priority | '')}>
            <option value="">All</option>
            <option value="expedited">Expedited</option>
            <option value="standard">Standard</option>
          </select>
        </label>
      </div>
      {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
      <table className="case-table" aria-label="Assigned cases">
        <thead>
          <tr>
            {COLUMNS.map((col) => (
              <th
                key={col.key}
                aria-sort={sort.key === col.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => setSort((s) => ({ key: col.key, ascending: s.key === col.key ? !s.ascending : true }))}
                >
                  {col.label}
                  {sort.key === col.key ? (sort.ascending ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={tableRef} onKeyDown={onTableKey}>
          {rows.map((c, index) => (
            <InboxRow
              key={c.id}
              summary={c}
              today={today}
              selected={index === selected}
              onSelect={() => setSelected(index)}
              onOpen={() => onOpen(c.id)}
            />
          ))}
        </tbody>
      </table>
      {cases && rows.length === 0 && <p className="empty-state">No cases match. Clear the search or filters.</p>}
    </div>
  );
}
