import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/ipc';
import { call } from '../../api';
import { errorMessage } from '../../../../shared/errorMessage';
import { ErrorBanner, useLatestReply } from '../../components';

type Reviewed = MethodOutput<'records.documentsReviewed'>;

/** What the letter will print under "Documents reviewed", refreshed whenever the documents change. */
export function DocumentsReviewedList({ caseId, version }: { caseId: string; version: unknown }) {
  const [data, setData] = useState<Reviewed | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reviewed = useLatestReply();
  useEffect(() => {
    void reviewed.track(call('records.documentsReviewed', { caseId }), setData, (e) => setError(errorMessage(e)));
    return reviewed.drop;
  }, [caseId, version, reviewed]);
  if (error) return <ErrorBanner message={error} />;
  if (!data) return <div className="loading">Loading…</div>;
  return (
    <section className="documents-reviewed" aria-label="Documents reviewed">
      <p className="small muted">
        As the letter prints it: by provider and type, with dates of service and pages. Correct a provider, type or date
        in the document details.
      </p>
      {data.lines.length === 0 ? (
        <p className="empty-state">No documents in this case yet.</p>
      ) : (
        <ol className="reviewed-lines">
          {/* One compilation gives a line per encounter: the documents alone do not tell lines apart. */}
          {data.lines.map((line, i) => (
            <li key={`${i}:${line.documentIds.join(',')}`}>{line.text}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
