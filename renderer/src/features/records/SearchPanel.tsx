import { useEffect, useRef, useState } from 'react';
import type { SearchCoverage, SearchHit } from '../../../../shared/ipc';
import { call } from '../../api';
import { documentTypeLabel } from './documentTypeLabel';
import { formatShortDate } from './filterEncounters';
import { SnippetText } from './SnippetText';
import type { CaseRecords } from './useCaseRecords';
import { errorMessage } from '../../../../shared/errorMessage';
import { ErrorBanner, useLatestReply } from '../../components';

const DEBOUNCE_MS = 200;
const LIMIT = 50;

/** One box over every page of every document in the case; Enter or a click opens the page with the matches lit. */
export function SearchPanel({ records }: { records: CaseRecords }) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{
    query: string;
    hits: SearchHit[];
    total: number;
    ranked: boolean;
    coverage: SearchCoverage;
  } | null>(null);
  const [current, setCurrent] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const { caseId, openAt } = records;
  const search = useLatestReply();
  const jump = useLatestReply();

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResult(null);
      return;
    }
    const timer = setTimeout(() => {
      void search.track(
        call('records.search', { caseId, query: q, limit: LIMIT }),
        (r) => {
          setResult({ query: q, ...r });
          setCurrent(-1);
          setError(null);
        },
        (e) => setError(errorMessage(e)),
      );
    }, DEBOUNCE_MS);
    // A reply for the words typed before must not land once the box says something else (or nothing).
    return () => {
      clearTimeout(timer);
      search.drop();
    };
  }, [caseId, query, search]);

  const open = (index: number) => {
    const hit = result?.hits[index];
    if (!result || !hit) return;
    setCurrent(index);
    list.current?.querySelectorAll('li')[index]?.scrollIntoView({ block: 'nearest' });
    const at = { documentId: hit.documentId, page: hit.page };
    // Stepping quickly through hits: the page of an earlier hit must not open after a later one.
    void jump.track(
      call('records.matchTerms', { ...at, query: result.query }),
      ({ terms }) => openAt({ ...at, terms }),
      () => openAt(at),
    );
  };
  const count = result?.hits.length ?? 0;
  const step = (delta: number) => count > 0 && open((current + delta + count) % count);

  return (
    <section className="search-panel" aria-label="Search the records">
      <div className="search-bar">
        <input
          type="search"
          className="search-input"
          aria-label="Search all records in this case"
          placeholder={'Search records — "phrase", radic*, several words'}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              step(e.shiftKey ? -1 : 1);
            }
          }}
        />
        <button type="button" aria-label="Previous hit" disabled={count === 0} onClick={() => step(-1)}>
          ‹
        </button>
        <button type="button" aria-label="Next hit" disabled={count === 0} onClick={() => step(1)}>
          ›
        </button>
      </div>
      {error && <ErrorBanner message={error} />}
      {result && (
        <div className="small muted search-count" role="status">
          {searchCountText(
            result.total,
            result.ranked,
            count,
            result.hits.reduce((n, h) => n + 1 + h.alsoOn.length, 0),
            current,
          )}
        </div>
      )}
      {result && coverageText(result.coverage) && (
        <div className="small search-coverage" role="note">
          {coverageText(result.coverage)}
        </div>
      )}
      <ol className="search-hits" ref={list}>
        {result?.hits.map((hit, i) => (
          <li key={`${hit.documentId}-${hit.page}`} className={i === current ? 'current' : undefined}>
            <button type="button" className="search-hit" aria-current={i === current} onClick={() => open(i)}>
              <span className="hit-where">
                {hit.title} · p. {hit.page}
                {hit.ocr && <span className="hit-source">OCR</span>}
                {hit.inFields && <span className="hit-source">form field / comment</span>}
              </span>
              {hit.encounter && (
                <span className="hit-encounter small">
                  {formatShortDate(hit.encounter.serviceDate)} · {documentTypeLabel(hit.encounter.docType)}
                  {hit.encounter.provider ? ` · ${hit.encounter.provider}` : ''}
                </span>
              )}
              <SnippetText parts={hit.snippet} />
              {hit.alsoOn.length > 0 && (
                <span
                  className="hit-also small muted"
                  title={hit.alsoOn.map((p) => `${p.title} p. ${p.page}`).join('\n')}
                >
                  also on {hit.alsoOn.length} other page{hit.alsoOn.length === 1 ? '' : 's'} (
                  {hit.alsoOn
                    .slice(0, 2)
                    .map((p) => `${p.title} p. ${p.page}`)
                    .join(', ')}
                  {hit.alsoOn.length > 2 ? ', …' : ''})
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The status line under the search box: how many pages match, which of them are listed, and where the reviewer is. */
function searchCountText(total: number, ranked: boolean, shown: number, covered: number, current: number): string {
  if (total === 0) return 'No pages match.';
  const parts = [`${total.toLocaleString('en-US')} page${total === 1 ? '' : 's'} match`];
  if (covered > shown) parts.push(`${shown} hit${shown === 1 ? '' : 's'}, duplicate pages folded together`);
  if (total > covered)
    parts.push(
      ranked
        ? `best ${shown} shown, add words to narrow`
        : `first ${shown} shown in record order (too common to rank), add words to narrow`,
    );
  if (current >= 0) parts.push(`hit ${current + 1} of ${shown}`);
  return parts.join(' · ');
}

/**
 * What search cannot see, so "No pages match" is never silently wrong: scanned pages OCR has not read yet (and
 * how far it is), pages it could not read, and pages read with low confidence.
 */
export function coverageText(c: SearchCoverage): string | null {
  const parts: string[] = [];
  const pages = (n: number) => `${n.toLocaleString('en-US')} page${n === 1 ? '' : 's'}`;
  if (c.pendingPages > 0) {
    const percent = c.ocrPages > 0 ? Math.floor((100 * c.ocrReadPages) / c.ocrPages) : 0;
    parts.push(
      `${pages(c.pendingPages)} ${c.pendingPages === 1 ? 'is' : 'are'} not searchable yet — ` +
        (c.ocrRunning ? `OCR ${percent}% done` : 'OCR has not run on them (Run OCR from the documents list)'),
    );
  }
  if (c.failedPages > 0)
    parts.push(
      `${pages(c.failedPages)} could not be read by OCR and cannot be searched: read ${c.failedPages === 1 ? 'it' : 'them'} by eye`,
    );
  if (c.lowConfidencePages > 0)
    parts.push(`${pages(c.lowConfidencePages)} read with low confidence: words there may be missed`);
  return parts.length > 0 ? `${parts.join('. ')}.` : null;
}
