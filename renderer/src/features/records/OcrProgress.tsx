import { useEffect, useRef, useState } from 'react';
import type { OcrStatus } from '../../../../shared/ipc';
import { call } from '../../api';
import { ErrorBanner } from '../../components';
import { errorMessage } from '../../../../shared/errorMessage';

const POLL_MS = 1000;

/** "About 3 min left" from seconds; null while the rate is not known yet. */
export function timeLeftText(seconds: number | null): string | null {
  if (seconds === null) return null;
  if (seconds < 60) return 'less than a minute left';
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `about ${minutes} min left` : `about ${Math.round(minutes / 60)} h left`;
}

/**
 * The OCR status line of a case: scanned pages read of queued, per document, time left, with pause and cancel.
 * Calls `onProgress` when pages were read, so the documents list and search notes follow.
 */
export function OcrProgress({ caseId, onProgress }: { caseId: string; onProgress: () => void }) {
  const [status, setStatus] = useState<OcrStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seen = useRef<string>('');
  const progress = useRef(onProgress);
  progress.current = onProgress;

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const next = await call('records.ocrStatus', { caseId });
        if (!live) return;
        setStatus(next);
        const key = `${next.state}:${next.pagesDone}:${next.documents.length}`;
        if (seen.current && key !== seen.current) progress.current();
        seen.current = key;
      } catch (e) {
        if (live) setError(errorMessage(e));
      }
      if (live) timer = setTimeout(() => void tick(), POLL_MS);
    };
    void tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [caseId]);

  const control = (action: 'pause' | 'resume' | 'cancel') =>
    call('records.controlOcr', { action }).then(
      () => call('records.ocrStatus', { caseId }).then(setStatus),
      (e: unknown) => setError(errorMessage(e)),
    );

  if (!status || status.state === 'idle') return error ? <ErrorBanner message={error} /> : null;
  const left =
    status.state === 'paused' ? 'paused' : status.holding ? 'waiting while you type' : timeLeftText(status.secondsLeft);
  return (
    <section className="ocr-progress" aria-label="OCR progress" aria-live="polite">
      <div className="small">
        {status.state === 'paused' ? 'OCR paused: ' : 'Reading scanned pages (OCR): '}
        {status.pagesDone} / {status.pagesTotal} pages{left ? ` · ${left}` : ''}
      </div>
      <progress max={Math.max(1, status.pagesTotal)} value={status.pagesDone} aria-label="Scanned pages read" />
      <ul className="ocr-documents small">
        {status.documents.map((d) => (
          <li key={d.documentId}>
            {d.title}: {d.pagesDone} / {d.pagesTotal}
          </li>
        ))}
      </ul>
      {error && <ErrorBanner message={error} />}
      <div className="import-actions">
        {status.state === 'paused' ? (
          <button type="button" onClick={() => void control('resume')}>
            Resume
          </button>
        ) : (
          <button type="button" onClick={() => void control('pause')}>
            Pause
          </button>
        )}
        <button type="button" onClick={() => void control('cancel')}>
          Cancel OCR
        </button>
      </div>
    </section>
  );
}
