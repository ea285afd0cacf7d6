import type { RecordDocument } from '../../../../shared/ipc';
import { documentTypeLabel } from './documentTypeLabel';

export type DocumentSortKey = 'date' | 'type' | 'provider' | 'title' | 'pages';

const compare: Record<DocumentSortKey, (a: RecordDocument, b: RecordDocument) => number> = {
  date: (a, b) => (a.serviceDate ?? '9999').localeCompare(b.serviceDate ?? '9999'),
  type: (a, b) => documentTypeLabel(a.docType).localeCompare(documentTypeLabel(b.docType)),
  provider: (a, b) => (a.provider || '~').localeCompare(b.provider || '~'),
  title: (a, b) => a.title.localeCompare(b.title),
  pages: (a, b) => a.pageCount - b.pageCount,
};

export function sortDocuments(
  docs: readonly RecordDocument[],
  key: DocumentSortKey,
  descending: boolean,
): RecordDocument[] {
  const sign = descending ? -1 : 1;
  return [...docs].sort((a, b) => sign * compare[key](a, b) || a.title.localeCompare(b.title));
}
