import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { caseStatusSchema, type CaseStatus, type CaseSummary, type Priority } from '../../../../shared/domain';
import { call, onBackendEvent } from '../../api';
import { ErrorBanner, scrollParentOf, useLatestReply } from '../../components';

import { SyncBar } from '../sync';
import { statusLabel } from './statusLabel';
import { InboxRow } from './InboxRow';
import { sortCases, type SortKey } from './sortCases';
import { filterCases, searchable } from './filterCases';
import { ArchiveDialog } from './ArchiveDialog';
import { InboxSearchField } from './InboxSearchField';
import { errorMessage } from '../../../../shared/errorMessage';

// Fixed widths: rows come and go while scrolling, and the columns must not shift with them.
const COLUMNS: { key: SortKey; label: string; width: string }[] = [
  { key: 'caseNumber', label: 'Case', width: '11%' },
  { key: 'priority', label: 'Priority', width: '9%' },
  { key: 'dueDate', label: 'Due', width: '12%' },
  { key: 'claimantName', label: 'Claimant', width: '18%' },
  { key: 'itemCount', label: 'Disputed items', width: '36%' },
  { key: 'status', label: 'Status', width: '14%' },
];
// Every row is this tall (long treatment lists are cut to two lines), so scrolling and filtering never measure rows.
const ROW_HEIGHT = 70;
const PAGE_ROWS = 10;
const LIST_PAGE = 500;

/**
 * The inbox: every case is loaded once and then sorted, filtered and searched in the window, so a keystroke costs a
 * pass over the list and a screenful of rows (the table is virtualized); open work comes first. The archived cases
 * are a separate list, asked for when chosen.
 */
export function InboxView({ today, onOpen }: { today: string; onOpen: (caseId: string) => void }) {
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [archived, setArchived] = useState(false);
  const [priority, setPriority] = useState<Priority | ''>('');
  // null: the work order the back end gives (open cases by due date, then closed ones, latest first).
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean } | null>(null);
  // By case, not by row: the list grows (closed cases arrive after the open ones) and reorders under the selection.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [archiving, setArchiving] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const focusRow = useRef<number | null>(null);
  const [listTop, setListTop] = useState(0);
  const caseList = useLatestReply();

  // Open work first (a screenful, at once), then every case not archived, which on a long-serving workspace is
  // thousands, read in pages so neither side holds the whole list twice; the archived ones only when chosen.
  useEffect(() => {
    const wanted = caseList.begin();
    const views = archived ? (['archived'] as const) : (['open', 'inbox'] as const);
    void (async () => {
      try {
        for (const view of views) {
          const next: CaseSummary[] = [];
          for (let offset = 0; ; offset += LIST_PAGE) {
            const page = await call('cases.list', { view, offset, limit: LIST_PAGE });
            if (!wanted()) return;
            next.push(...page);
            if (page.length < LIST_PAGE) break;
          }
          setCases(next);
          setError(null);
          // Let the open cases paint before the back end builds the long list.
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        }
      } catch (e) {
        if (wanted()) setError(errorMessage(e));
      }
    })();
    return caseList.drop;
  }, [archived, reloadKey, caseList]);

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

  const sorted = useMemo(
    () => (sort && cases ? sortCases(cases, sort.key, sort.ascending) : (cases ?? [])),
    [cases, sort],
  );
  const list = useMemo(() => searchable(sorted), [sorted]);
  const { rows, open, overdue } = useMemo(
    () => filterCases(list, { query, status, priority }, today),
    [list, query, status, priority, today],
  );
  const selected =
    selectedId === null
      ? 0
      : Math.max(
          0,
          rows.findIndex((c) => c.id === selectedId),
        );

  // The table scrolls with whatever scrolls the inbox (the app's main area); rows are placed from the table's top.
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const parent = scrollParentOf(body);
    setScroller(parent);
    setListTop(body.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop);
  }, [cases, error]);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: listTop,
  });
  const items = virtual.getVirtualItems();
  const padTop = items.length > 0 ? (items[0]?.start ?? 0) - listTop : 0;
  const padBottom = items.length > 0 ? virtual.getTotalSize() - ((items.at(-1)?.end ?? 0) - listTop) : 0;

  // A row moved to by keyboard may not be rendered yet: scroll it in, then focus it once it is.
  useEffect(() => {
    if (focusRow.current === null) return;
    const row = bodyRef.current?.querySelector<HTMLTableRowElement>(`tr[data-index="${focusRow.current}"]`);
    if (row) {
      row.focus();
      focusRow.current = null;
    }
  });
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setSelectedId(rows[next]?.id ?? null);
    const row = bodyRef.current?.querySelector<HTMLTableRowElement>(`tr[data-index="${next}"]`);
    if (row) return row.focus();
    focusRow.current = next;
    virtual.scrollToIndex(next, { align: 'auto' });
  };

  // A reviewer who types a case number and goes straight on with ↓ and Enter may be quicker than the deferred
  // filter: the rows follow the typed text at once, and the first of them takes the focus once drawn.
  const fromSearch = (text: string) => {
    if (text === query) return moveTo(0);
    setSelectedId(null);
    focusRow.current = 0;
    setQuery(text);
    virtual.scrollToIndex(0);
  };

  const onTableKey = (event: React.KeyboardEvent) => {
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE_ROWS, PageUp: -PAGE_ROWS };
    if (event.key in step) {
      event.preventDefault();
      moveTo(selected + (step[event.key] ?? 0));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveTo(event.key === 'Home' ? 0 : rows.length - 1);
    } else if (event.key === 'Enter' && rows[selected]) {
      onOpen(rows[selected].id);
    }
  };

  return (
    <div className="inbox">
      <header className="app-header">
        <h1>{archived ? 'Archived cases' : 'Assigned cases'}</h1>
        <span className="muted" data-testid="inbox-count">
          {rows.length.toLocaleString()} case{rows.length === 1 ? '' : 's'}
          {!archived && rows.length > open && ` · ${open.toLocaleString()} open`}
          {overdue > 0 && <span className="overdue-count"> · {overdue} overdue</span>}
        </span>
        <button type="button" className="tool-button" onClick={() => setArchiving(true)}>
          Archive…
        </button>
        <SyncBar onSynced={() => setReloadKey((k) => k + 1)} />
      </header>
      {archiving && <ArchiveDialog onClose={() => setArchiving(false)} onArchived={() => setReloadKey((k) => k + 1)} />}
      <div className="inbox-toolbar" role="search">
        <InboxSearchField ref={searchRef} onQuery={setQuery} onArrowDown={fromSearch} />
        <label>
          Status{' '}
          <select
            value={archived ? 'archived' : status}
            onChange={(e) => {
              const value = e.target.value;
              setArchived(value === 'archived');
              setStatus(value === 'archived' ? '' : (value as CaseStatus | ''));
            }}
          >
            <option value="">All</option>
            {caseStatusSchema.options.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
            <option value="archived">Archived</option>
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
      <table
        className="case-table"
        aria-label={archived ? 'Archived cases' : 'Assigned cases'}
        aria-rowcount={rows.length + 1}
        data-query={query}
      >
        <colgroup>
          {COLUMNS.map((col) => (
            <col key={col.key} style={{ width: col.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((col) => (
              <th
                key={col.key}
                aria-sort={sort?.key === col.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() =>
                    setSort((s) => ({ key: col.key, ascending: s?.key === col.key ? !s.ascending : true }))
                  }
                >
                  {col.label}
                  {sort?.key === col.key ? (sort.ascending ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={bodyRef} onKeyDown={onTableKey}>
          {padTop > 0 && <tr aria-hidden="true" className="virtual-pad" style={{ height: padTop }} />}
          {items.map((item) => {
            const c = rows[item.index];
            if (!c) return null;
            return (
              <InboxRow
                key={c.id}
                summary={c}
                index={item.index}
                today={today}
                selected={item.index === selected}
                onSelect={setSelectedId}
                onOpen={onOpen}
                height={ROW_HEIGHT}
              />
            );
          })}
          {padBottom > 0 && <tr aria-hidden="true" className="virtual-pad" style={{ height: padBottom }} />}
        </tbody>
      </table>
      {cases && rows.length === 0 && (
        <p className="empty-state">
          {archived && cases.length === 0 ? 'No archived cases.' : 'No cases match. Clear the search or filters.'}
        </p>
      )}
    </div>
  );
}
