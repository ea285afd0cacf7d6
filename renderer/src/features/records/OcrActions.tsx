import { useState } from 'react';
import type { RecordDocument } from '../../../../shared/ipc';
import { call } from '../../api';
import { ErrorBanner } from '../../components';
import { errorMessage } from '../../../../shared/errorMessage';

/** Start OCR of a document's unread scanned pages, or read them all again with the slower, more accurate model. */
export function OcrActions({ doc, onQueued }: { doc: RecordDocument; onQueued: () => void }) {
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (doc.ocr.needed === 0) return null;
  const run = (force: boolean) =>
    call('records.runOcr', {
      caseId: doc.caseId,
      documentId: doc.id,
      force,
      ...(force ? { model: 'best' as const } : {}),
    })
      .then(({ pages }) => {
        setNote(
          pages > 0 ? `${pages} page${pages === 1 ? '' : 's'} queued for OCR.` : 'Every scanned page is read already.',
        );
        onQueued();
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  const unread = doc.ocr.needed - doc.ocr.read - doc.ocr.failed;
  return (
    <div className="ocr-actions">
      {unread > 0 && !doc.ocr.queued && (
        <button type="button" onClick={() => void run(false)}>
          Run OCR on {unread} unread page{unread === 1 ? '' : 's'}
        </button>
      )}
      {!doc.ocr.queued && (
        <button
          type="button"
          onClick={() => void run(true)}
          title="Slower; the results replace the current ones when done"
        >
          Re-read scanned pages (accurate model)
        </button>
      )}
      {note && <div className="small muted">{note}</div>}
      {error && <ErrorBanner message={error} />}
    </div>
  );
}
