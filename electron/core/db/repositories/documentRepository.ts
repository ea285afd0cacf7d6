import type { DocumentMeta } from '../../../../shared/domain';
import type { Db } from '../openDatabase';

export interface StoredDocument extends DocumentMeta {
  fileLocation: string;
}

interface DocumentRow {
  id: string;
  case_id: string;
  title: string;
  doc_type: DocumentMeta['docType'];
  provider: string;
  service_date: string | null;
  sha256: string;
  page_count: number;
  mime_type: string;
  size_bytes: number;
  file_location: string;
  reviewed: number;
  imported_at: string;
}

const toDocument = (row: DocumentRow): StoredDocument => ({
  id: row.id,
  caseId: row.case_id,
  title: row.title,
  docType: row.doc_type,
  provider: row.provider,
  serviceDate: row.service_date,
  sha256: row.sha256,
  pageCount: row.page_count,
  mimeType: row.mime_type,
  sizeBytes: row.size_bytes,
  fileLocation: row.file_location,
  reviewed: row.reviewed === 1,
  importedAt: row.imported_at,
});

/** The insert every writer of a document row shares (the sync upsert adds its conflict clause). */
export const INSERT_DOCUMENT_SQL = `
    insert into
      documents (
        id,
        case_id,
        title,
        doc_type,
        provider,
        service_date,
        sha256,
        page_count,
        mime_type,
        size_bytes,
        file_location,
        reviewed,
        imported_at
      )
    values
      (
        @id,
        @caseId,
        @title,
        @docType,
        @provider,
        @serviceDate,
        @sha256,
        @pageCount,
        @mimeType,
        @sizeBytes,
        @fileLocation,
        @reviewedInt,
        @importedAt
      )
`;

export function insertDocument(db: Db, doc: StoredDocument): void {
  db.prepare(INSERT_DOCUMENT_SQL).run({ ...doc, reviewedInt: doc.reviewed ? 1 : 0 });
}

export function listDocuments(db: Db, caseId: string): StoredDocument[] {
  return (
    db.prepare('select * from documents where case_id = ? order by service_date, title').all(caseId) as DocumentRow[]
  ).map(toDocument);
}

export function findDocument(db: Db, id: string): StoredDocument | null {
  const row = db.prepare('select * from documents where id = ?').get(id) as DocumentRow | undefined;
  return row ? toDocument(row) : null;
}

export function findDocumentBySha(db: Db, caseId: string, sha256: string): StoredDocument | null {
  const row = db.prepare('select * from documents where case_id = ? and sha256 = ?').get(caseId, sha256) as
    DocumentRow | undefined;
  return row ? toDocument(row) : null;
}

/** The documents (in any case) whose file has this SHA-256. */
export function listDocumentsWithFile(db: Db, sha256: string): { id: string; caseId: string }[] {
  return db.prepare('select id, case_id as caseId from documents where sha256 = ?').all(sha256) as {
    id: string;
    caseId: string;
  }[];
}

export function setDocumentReviewed(db: Db, id: string, reviewed: boolean): void {
  db.prepare('update documents set reviewed = ? where id = ?').run(reviewed ? 1 : 0, id);
}

export function updateDocumentMeta(
  db: Db,
  id: string,
  meta: Pick<DocumentMeta, 'title' | 'docType' | 'provider' | 'serviceDate'>,
): void {
  db.prepare('update documents set title = ?, doc_type = ?, provider = ?, service_date = ? where id = ?').run(
    meta.title,
    meta.docType,
    meta.provider,
    meta.serviceDate,
    id,
  );
}

export function setDocumentPageCount(db: Db, id: string, pageCount: number): void {
  db.prepare('update documents set page_count = ? where id = ?').run(pageCount, id);
}
