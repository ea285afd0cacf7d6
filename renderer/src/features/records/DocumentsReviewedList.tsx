import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/ipc/contract';
import { call } from '../../api';
import { documentTypeLabel } from './documentTypeLabel';

type Reviewed = MethodOutput<'records.documentsReviewed'>;

/** What the letter will print under "Documents reviewed", refreshed whenever the documents change. */
export function DocumentsReviewedList({ caseId, version }: { caseId: string; version: unknown }) {
  const [data, setData] = useState<Reviewed | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('records.documentsReviewed', { caseId })
      .then(setData)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [caseId, version]);
  if (error) return <div className="error-banner" role="alert">{error}</div>;
  if (!data) return <div className="loading">Loading…</div>;
  return (
    <section className="documents-reviewed" aria-label="Documents reviewed">
      <p className="small muted">As printed in the letter. Correct a provider, type or date in the document list.</p>
      {data.lines.length > 0 ? (
        <ol className="reviewed-lines">
          {data.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      ) : (
        <table className="reviewed-table">
          <thead>
            <tr>
              <th scope="col">Date of service</th>
              <th scope="col">Provider</th>
              <th scope="col">Type</th>
              <th scope="col">Pages</th>
            </tr>
          </thead>
          <tbody>
            {data.entries.map((e) => (
              <tr key={e.documentId}>
                <td>{e.serviceDates.join(', ') || 'undated'}</td>
                <td>{e.provider || 'provider not stated'}</td>
                <td>{documentTypeLabel(e.docType)}</td>
                <td>{e.pageCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
