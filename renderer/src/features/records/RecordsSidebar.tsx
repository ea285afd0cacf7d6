import { useEffect, useRef, useState } from 'react';
import { DocumentDetailsForm } from './DocumentDetailsForm';
import { DocumentList } from './DocumentList';
import { DocumentsReviewedList } from './DocumentsReviewedList';
import { ImportDropZone } from './ImportDropZone';
import { ImportProgress } from './ImportProgress';
import { OcrActions } from './OcrActions';
import { OcrProgress } from './OcrProgress';
import { SearchPanel } from './SearchPanel';
import type { CaseRecords } from './useCaseRecords';
import { useImportJob } from './useImportJob';
import './records.css';
import { ErrorBanner } from '../../components';

type Tab = 'documents' | 'search' | 'reviewed';
const TABS: { id: Tab; label: string }[] = [
  { id: 'documents', label: 'Documents' },
  { id: 'search', label: 'Search' },
  { id: 'reviewed', label: 'Reviewed list' },
];

/** The records pane: documents, search and the "documents reviewed" list, with import by drop or picker. */
export function RecordsSidebar({ records }: { records: CaseRecords }) {
  const [tab, setTab] = useState<Tab>('documents');
  const job = useImportJob(records.caseId, records.refresh);
  const indexJob = useImportJob(records.caseId, records.refresh);
  const indexing = useRef(false);
  const { documents } = records;

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
            onClick={() => setTab(t.id)}
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
            />
            {records.selected && <OcrActions doc={records.selected} onQueued={records.refresh} />}
            {records.selected && <DocumentDetailsForm doc={records.selected} onSaved={records.replace} />}
          </>
        )}
        <div hidden={tab !== 'search'}>
          <SearchPanel records={records} />
        </div>
        {tab === 'reviewed' && <DocumentsReviewedList caseId={records.caseId} version={documents} />}
      </div>
    </ImportDropZone>
  );
}
