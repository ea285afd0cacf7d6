import { useEffect, useState } from 'react';
import type { OcrPage } from '../../../../shared/ipc';

/** Under the toolbar: how the page in view was read, and a warning when OCR is unsure or failed. */
export function OcrPageNote({ page, load }: { page: number; load: (page: number) => Promise<OcrPage | null> }) {
  const [ocr, setOcr] = useState<OcrPage | null>(null);
  useEffect(() => {
    let live = true;
    setOcr(null);
    void load(page).then((result) => live && setOcr(result));
    return () => {
      live = false;
    };
  }, [page, load]);
  if (!ocr || ocr.state === 'not-needed') return null;
  if (ocr.state === 'pending')
    return (
      <div className="ocr-note ocr-pending small" role="status">
        Page {page} is a scan that OCR has not read yet: search cannot find its words until it has.
      </div>
    );
  if (ocr.state === 'failed')
    return (
      <div className="ocr-note ocr-failed small" role="status">
        Page {page} could not be read by OCR ({ocr.message ?? 'no reason given'}). Read it by eye; search cannot see it.
      </div>
    );
  if (ocr.words.length === 0)
    return (
      <div className="ocr-note small" role="status">
        Page {page}: OCR found no text on this scan.
      </div>
    );
  return (
    <div
      className={`ocr-note small${ocr.lowConfidence ? ' ocr-low' : ''}`}
      role="status"
      title={ocr.engine ?? undefined}
    >
      {ocr.lowConfidence
        ? `Page ${page} was read by OCR with low confidence (${ocr.confidence ?? 0}%): check the words against the image before quoting.`
        : `Page ${page}: text read by OCR (confidence ${ocr.confidence ?? 0}%).`}
    </div>
  );
}
