import type { DocumentMeta } from '../../../../shared/domain/caseModel';

const TYPE_LABELS: Record<DocumentMeta['docType'], string> = {
  progress_note: 'Progress note',
  ur_denial: 'UR denial',
  imaging_report: 'Imaging',
  procedure_note: 'Procedure',
  consultation: 'Consultation',
  imr_application: 'IMR application',
  correspondence: 'Correspondence',
  other: 'Other',
};

interface Props {
  documents: DocumentMeta[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onReviewed: (id: string, reviewed: boolean) => void;
}

export function DocumentList({ documents, selectedId, onSelect, onReviewed }: Props) {
  const reviewed = documents.filter((d) => d.reviewed).length;
  return (
    <nav className="document-list" aria-label="Case documents">
      <div className="pane-heading">
        Documents <span className="muted small">{reviewed}/{documents.length} reviewed</span>
      </div>
      <ul>
        {documents.map((d) => (
          <li key={d.id} className={d.id === selectedId ? 'selected' : undefined}>
            <input
              type="checkbox"
              checked={d.reviewed}
              aria-label={`Mark ${d.title} reviewed`}
              title="Reviewed"
              onChange={(e) => onReviewed(d.id, e.target.checked)}
            />
            <button type="button" className="document-button" aria-current={d.id === selectedId} onClick={() => onSelect(d.id)}>
              <span className="document-title">{d.title}</span>
              <span className="muted small">
                {TYPE_LABELS[d.docType]} · {d.provider || 'Unknown provider'}
              </span>
              <span className="muted small">
                {d.serviceDate ?? 'no date'} · {d.pageCount} page{d.pageCount === 1 ? '' : 's'}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
