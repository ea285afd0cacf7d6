import { ImageRecordView } from './ImageRecordView';
import { PdfRecordView } from './PdfRecordView';
import { TextRecordView } from './TextRecordView';
import type { CaseRecords } from './useCaseRecords';

/** The open record, in the view its type needs; each view is keyed by document so state never leaks. */
export function RecordViewer({ records }: { records: CaseRecords }) {
  const doc = records.selected;
  if (!doc) return <div className="viewer-empty">Select a document to read it here.</div>;
  const around = { onOpen: (documentId: string, page: number) => records.openAt({ documentId, page }) };
  // Reopened once when its OCR finishes, so the words just read join the text layer.
  if (doc.mimeType === 'application/pdf')
    return <PdfRecordView key={`${doc.id}:${doc.ocr.queued}`} doc={doc} target={records.target} {...around} />;
  if (doc.mimeType.startsWith('text/'))
    return <TextRecordView key={doc.id} doc={doc} target={records.target} {...around} />;
  return <ImageRecordView key={`${doc.id}:${doc.ocr.queued}`} doc={doc} target={records.target} {...around} />;
}
