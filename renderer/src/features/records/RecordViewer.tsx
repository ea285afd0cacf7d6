import { ImageRecordView } from './ImageRecordView';
import { PdfRecordView } from './PdfRecordView';
import { TextRecordView } from './TextRecordView';
import type { CaseRecords } from './useCaseRecords';

/**
 * The open record, in the view its type needs. Each view is keyed by the document and whether its file is here, so
 * state never leaks and a record that arrives in the background replaces the "not downloaded" notice by itself.
 */
export function RecordViewer({ records }: { records: CaseRecords }) {
  const doc = records.selected;
  if (!doc) return <div className="viewer-empty">Select a document to read it here.</div>;
  if (doc.unavailable)
    return (
      <div className="viewer-empty" role="status">
        <strong>{doc.title}</strong> cannot be shown yet. {doc.unavailable}{' '}
        {doc.unavailable.startsWith('Its file has not been downloaded')
          ? 'It opens here by itself once a sync brings it.'
          : 'Sync again to download a fresh copy.'}
      </div>
    );
  const around = { onOpen: (documentId: string, page: number) => records.openAt({ documentId, page }) };
  // Reopened once when its OCR finishes, so the words just read join the text layer.
  if (doc.mimeType === 'application/pdf')
    return <PdfRecordView key={`${doc.id}:${doc.ocr.queued}`} doc={doc} target={records.target} {...around} />;
  if (doc.mimeType.startsWith('text/'))
    return (
      <TextRecordView
        key={`${doc.id}:${doc.indexed ? 'indexed' : 'new'}`}
        doc={doc}
        target={records.target}
        {...around}
      />
    );
  return <ImageRecordView key={`${doc.id}:${doc.ocr.queued}`} doc={doc} target={records.target} {...around} />;
}
