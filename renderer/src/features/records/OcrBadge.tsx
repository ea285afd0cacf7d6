import type { RecordDocument } from '../../../../shared/ipc';

/** What OCR has done for a document's scanned pages, in the documents list. */
export function OcrBadge({ doc }: { doc: RecordDocument }) {
  const { needed, read, failed, lowConfidence, queued } = doc.ocr;
  if (needed === 0) return null;
  const left = needed - read - failed;
  const parts: string[] = [];
  if (queued || left > 0) parts.push(`${read} of ${needed} scanned page${needed === 1 ? '' : 's'} read by OCR`);
  else parts.push(`${needed} scanned page${needed === 1 ? '' : 's'} read by OCR`);
  if (lowConfidence > 0) parts.push(`${lowConfidence} low confidence`);
  if (failed > 0) parts.push(`${failed} unreadable`);
  if (!queued && left > 0) parts.push('not searchable yet');
  const warn = failed > 0 || lowConfidence > 0 || (!queued && left > 0);
  return <span className={`scanned-badge small${warn ? '' : ' ocr-done'}`}>{parts.join(' · ')}</span>;
}
