import { useState } from 'react';
import type { RecordDocument } from '../../../../shared/ipc';
import { recordUrl } from '../../api';
import { usePageViews } from './usePageViews';
import { ViewerToolbar } from './ViewerToolbar';

interface Props {
  doc: RecordDocument;
  onOpen: (documentId: string, page: number) => void;
}

/** An image record (PNG/JPEG) as a one-page document; it has no text layer until OCR exists. */
export function ImageRecordView({ doc }: Props) {
  const [scale, setScale] = useState('page-width');
  usePageViews(doc.id, 1, true);
  const width = scale === 'page-width' ? '100%' : scale === 'page-fit' ? 'auto' : `${Number(scale) * 100}%`;
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
      <div className="viewer-frame">
        <div className="viewer-container image-record" tabIndex={0} aria-label={`Record: ${doc.title}`}>
          <img
            src={recordUrl(doc.id)}
            alt={`${doc.title} (scanned image, no text)`}
            style={{ width, maxHeight: scale === 'page-fit' ? '100%' : undefined }}
          />
        </div>
      </div>
    </div>
  );
}
