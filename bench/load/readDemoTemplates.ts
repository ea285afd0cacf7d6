import type { CaseRecord } from '../../shared/domain';
import type { Db } from '../../electron/core/db';

export interface TemplateDocument {
  title: string;
  docType: string;
  provider: string;
  serviceDate: string | null;
  sha256: string;
  pageCount: number;
  mimeType: string;
  sizeBytes: number;
  fileLocation: string;
  pages: string[];
}

export interface CaseTemplate {
  record: CaseRecord;
  items: { requestedTreatment: string; urDecision: 'denied' | 'modified'; caGuideline: string }[];
  documents: TemplateDocument[];
}

/** The demo workspace's cases as the generator's templates: their rows, items, stored record files and page texts. */
export function readDemoTemplates(db: Db, caseRecords: readonly CaseRecord[]): CaseTemplate[] {
  const items = db.prepare(
    'select requested_treatment as requestedTreatment, ur_decision as urDecision, ca_guideline as caGuideline from disputed_items where case_id = ? order by position',
  );
  const documents = db.prepare(
    `select id, title, doc_type as docType, provider, service_date as serviceDate, sha256, page_count as pageCount,
       mime_type as mimeType, size_bytes as sizeBytes, file_location as fileLocation
     from documents where case_id = ? order by imported_at, title`,
  );
  const pages = db.prepare('select text from record_pages where document_id = ? order by page');
  return caseRecords.map((record) => ({
    record,
    items: items.all(record.id) as CaseTemplate['items'],
    documents: (documents.all(record.id) as (Omit<TemplateDocument, 'pages'> & { id: string })[]).map(
      ({ id, ...doc }) => ({ ...doc, pages: (pages.all(id) as { text: string }[]).map((p) => p.text) }),
    ),
  }));
}
