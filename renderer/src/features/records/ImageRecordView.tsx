import { useEffect, useState } from 'react';
import type { RecordDocument } from '../../../../shared/ipc';
import { recordImageUrl } from '../../api';
import { ErrorBanner } from '../../components';
import { ViewerToolbar } from './ViewerToolbar';
import { errorMessage } from '../../../../shared/errorMessage';

/** An image record (PNG/JPEG) as a one-page document; it has no text layer until OCR exists. */
export function ImageRecordView({ doc }: { doc: RecordDocument }) {
  const [scale, setScale] = useState('page-width');
  const [src, setSrc] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const width = scale === 'page-width' ? '100%' : scale === 'page-fit' ? 'auto' : `${Number(scale) * 100}%`;

  useEffect(() => {
    let release: (() => void) | null = null;
    let current = true;
    setSrc(null);
    setError(null);
    recordImageUrl(doc.id).then(
      (image) => {
        if (!current) return image.release();
        release = image.release;
        setSrc(image.url);
      },
      (e: unknown) => current && setError(errorMessage(e)),
    );
    return () => {
      current = false;
      release?.();
    };
  }, [doc.id]);

  return (
    <div className="record-viewer">
      <ViewerToolbar
        title={doc.title}
        page={1}
        pageCount={1}
        scale={scale}
        onPage={() => undefined}
        onScale={setScale}
      />
      {error && <ErrorBanner message={`This record could not be shown: ${error}`} />}
      <div className="viewer-frame">
        <div className="viewer-container image-record" tabIndex={0} aria-label={`Record: ${doc.title}`}>
          {src && (
            <img
              src={src}
              alt={`${doc.title} (scanned image, no text)`}
              style={{ width, maxHeight: scale === 'page-fit' ? '100%' : undefined }}
            />
          )}
        </div>
      </div>
    </div>
  );
}
