import type { ImportJobState } from './useImportJob';
import { ErrorBanner } from '../../components';

const STATE_LABELS = {
  queued: 'Waiting',
  reading: 'Reading',
  imported: 'Imported',
  duplicate: 'Already in case',
  failed: 'Not imported',
  cancelled: 'Cancelled',
} as const;

/** Pages done of total with a cancel button, then one line per file saying what happened to it. */
export function ImportProgress({
  job,
  label,
  quietWhenDone = false,
}: {
  job: ImportJobState;
  label: string;
  quietWhenDone?: boolean;
}) {
  const { upload, status, error } = job;
  if (!upload && !status && !error) return null;
  if (quietWhenDone && !error && status?.state === 'done' && status.files.every((f) => f.state === 'imported'))
    return null;
  const running = upload !== null || status?.state === 'running';
  const verb = status?.kind === 'reindex' ? 'Indexing' : 'Importing';
  return (
    <section className="import-progress" aria-label={label} aria-live="polite">
      {upload && (
        <>
          <div className="small">Uploading… {Math.round((100 * upload.sent) / Math.max(1, upload.total))}%</div>
          <progress max={Math.max(1, upload.total)} value={upload.sent} aria-label="Upload progress" />
        </>
      )}
      {status && (
        <>
          <div className="small">
            {status.state === 'running' ? `${verb}… ` : status.state === 'cancelled' ? 'Cancelled. ' : 'Done. '}
            {status.done} / {status.total} pages
          </div>
          <progress max={Math.max(1, status.total)} value={status.done} aria-label="Pages read" />
          <ul className="import-files">
            {status.files.map((f, i) => (
              <li key={`${f.name}-${i}`} className={`import-file import-${f.state}`}>
                <span className="import-state">{STATE_LABELS[f.state]}</span>{' '}
                <span className="import-name">{f.name}</span>
                {f.message && <div className="small">{f.message}</div>}
              </li>
            ))}
          </ul>
        </>
      )}
      {error && <ErrorBanner message={error} />}
      <div className="import-actions">
        {running ? (
          <button type="button" onClick={job.cancel} disabled={!status}>
            Cancel
          </button>
        ) : (
          <button type="button" onClick={job.dismiss}>
            Close
          </button>
        )}
      </div>
    </section>
  );
}
