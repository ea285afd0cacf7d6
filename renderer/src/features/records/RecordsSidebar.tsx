import { useEffect, useMemo, useRef, useState } from 'react';
import { ChronologyPanel } from './ChronologyPanel';
import { DocumentDetailsForm } from './DocumentDetailsForm';
import { DocumentList, type DocumentEncounters } from './DocumentList';
import { DocumentsReviewedList } from './DocumentsReviewedList';
import { ImportDropZone } from './ImportDropZone';
import { ImportProgress } from './ImportProgress';
import { OcrActions } from './OcrActions';
import { OcrProgress } from './OcrProgress';
import { SearchPanel } from './SearchPanel';
import type { CaseRecords } from './useCaseRecords';
import { useChronology } from './useChronology';
import { useCoverage } from './useCoverage';
import { useImportJob } from './useImportJob';
import './records.css';
import { ErrorBanner } from '../../components';

export type RecordsTab = 'documents' | 'chronology' | 'search' | 'reviewed';
const TABS: { id: RecordsTab; label: string }[] = [
  { id: 'documents', label: 'Documents' },
  { id: 'chronology', label: 'Chronology' },
  { id: 'search', label: 'Search' },
  { id: 'reviewed', label: 'Reviewed list' },
];

interface Props {
  records: CaseRecords;
  /** Told when the reviewer switches tabs (the chronology wants more room). */
  onTabChange?: (tab: RecordsTab) => void;
}

/** The records pane: documents, the chronology, search and the "documents reviewed" list, with import by drop or picker. */
export function RecordsSidebar({ records, onTabChange }: Props) {
  const [tab, setTab] = useState<RecordsTab>('documents');
  const job = useImportJob(records.caseId, records.refresh);
  const indexJob = useImportJob(records.caseId, records.refresh);
  const indexing = useRef(false);
  const { documents } = records;
  const coverage = useCoverage(records.caseId, documents);
  const chronology = useChronology(records.caseId, coverage);
  const encounters = useMemo(() => summarizeEncounters(chronology.data?.encounters ?? []), [chronology.data]);
  const choose = (next: RecordsTab) => {
    setTab(next);
    onTabChange?.(next);
  };

  useEffect(() => {
    if (indexing.current || !documents.some((d) => !d.indexed)) return;
    indexing.current = true;
    indexJob.startReindex(true);
  }, [documents, indexJob]);

  return (
    <ImportDropZone onFiles={job.start}>
      <div className="records-tabs" role="tablist" aria-label="Records">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`records-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`records-panel-${t.id}`}
            onClick={() => choose(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <ImportProgress job={indexJob} label="Indexing progress" quietWhenDone />
      <ImportProgress job={job} label="Import progress" />
      <OcrProgress caseId={records.caseId} onProgress={records.refresh} />
      {records.error && <ErrorBanner message={records.error} />}
      <div className="records-panel" role="tabpanel" id={`records-panel-${tab}`} aria-labelledby={`records-tab-${tab}`}>
        {tab === 'documents' && (
          <>
            <DocumentList
              documents={documents}
              selectedId={records.selected?.id ?? null}
              onSelect={records.select}
              onReviewed={records.markReviewed}
              coverage={coverage}
              encounters={encounters}
            />
            {records.selected && <OcrActions doc={records.selected} onQueued={records.refresh} />}
            {records.selected && <DocumentDetailsForm doc={records.selected} onSaved={records.replace} />}
          </>
        )}
        {tab === 'chronology' && <ChronologyPanel records={records} chronology={chronology} />}
        <div hidden={tab !== 'search'}>
          <SearchPanel records={records} />
        </div>
        {tab === 'reviewed' && <DocumentsReviewedList caseId={records.caseId} version={documents} />}
      </div>
    </ImportDropZone>
  );
}

function summarizeEncounters(
  list: readonly { documentId: string; serviceDate: string | null }[],
): Map<string, DocumentEncounters> {
  const out = new Map<string, DocumentEncounters>();
  for (const e of list) {
    const s = out.get(e.documentId) ?? { count: 0, first: null, last: null };
    s.count++;
    if (e.serviceDate) {
      if (!s.first || e.serviceDate < s.first) s.first = e.serviceDate;
      if (!s.last || e.serviceDate > s.last) s.last = e.serviceDate;
    }
    out.set(e.documentId, s);
  }
  return out;
}
