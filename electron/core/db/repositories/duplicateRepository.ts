import type { Db } from '../openDatabase';

export interface StoredSimilarity {
  documentA: string;
  pageA: number;
  documentB: string;
  pageB: number;
  similarity: number;
  method: 'exact' | 'text' | 'image';
  weightA: number;
  weightB: number;
}

export interface StoredDuplicatePage {
  documentId: string;
  page: number;
  principalDocument: string;
  principalPage: number;
  similarity: number;
  method: string;
  groupSize: number;
}

export function replaceSimilarities(db: Db, caseId: string, pairs: readonly StoredSimilarity[]): void {
  db.prepare('delete from page_similarities where case_id = ?').run(caseId);
  const insert = db.prepare(
    `insert or replace into page_similarities (case_id, document_a, page_a, document_b, page_b, similarity, method, weight_a, weight_b)
    values (@caseId, @documentA, @pageA, @documentB, @pageB, @similarity, @method, @weightA, @weightB)`,
  );
  for (const p of pairs) insert.run({ ...p, caseId });
}

export function listSimilarities(db: Db, caseId: string): StoredSimilarity[] {
  return db
    .prepare(
      `select document_a as documentA, page_a as pageA, document_b as documentB, page_b as pageB, similarity, method,
        weight_a as weightA, weight_b as weightB
      from page_similarities where case_id = ?`,
    )
    .all(caseId) as StoredSimilarity[];
}

export function replaceDuplicatePages(db: Db, caseId: string, pages: readonly StoredDuplicatePage[]): void {
  db.prepare('delete from duplicate_pages where case_id = ?').run(caseId);
  const insert = db.prepare(
    `insert into duplicate_pages (document_id, page, case_id, principal_document, principal_page, similarity, method, group_size)
    values (@documentId, @page, @caseId, @principalDocument, @principalPage, @similarity, @method, @groupSize)`,
  );
  for (const p of pages) insert.run({ ...p, caseId });
}

export function listDuplicatePages(db: Db, caseId: string): StoredDuplicatePage[] {
  return db
    .prepare(
      `select document_id as documentId, page, principal_document as principalDocument, principal_page as principalPage,
        similarity, method, group_size as groupSize
      from duplicate_pages where case_id = ? order by principal_document, principal_page, document_id, page`,
    )
    .all(caseId) as StoredDuplicatePage[];
}

export function findDuplicatePage(db: Db, documentId: string, page: number): StoredDuplicatePage | null {
  const row = db
    .prepare(
      `select document_id as documentId, page, principal_document as principalDocument, principal_page as principalPage,
        similarity, method, group_size as groupSize
      from duplicate_pages where document_id = ? and page = ?`,
    )
    .get(documentId, page) as StoredDuplicatePage | undefined;
  return row ?? null;
}

export interface DistinctVerdict {
  documentA: string;
  pageA: number;
  documentB: string;
  pageB: number;
}

export function listDistinctVerdicts(db: Db, caseId: string): DistinctVerdict[] {
  return db
    .prepare(
      `select document_a as documentA, page_a as pageA, document_b as documentB, page_b as pageB
      from duplicate_verdicts where case_id = ?`,
    )
    .all(caseId) as DistinctVerdict[];
}

export function writeDistinctVerdict(db: Db, caseId: string, v: DistinctVerdict, at: string): void {
  db.prepare(
    `insert or replace into duplicate_verdicts (case_id, document_a, page_a, document_b, page_b, verdict, set_at)
    values (?, ?, ?, ?, ?, 'distinct', ?)`,
  ).run(caseId, v.documentA, v.pageA, v.documentB, v.pageB, at);
}

export function deleteDistinctVerdict(db: Db, v: DistinctVerdict): void {
  db.prepare(
    'delete from duplicate_verdicts where document_a = ? and page_a = ? and document_b = ? and page_b = ?',
  ).run(v.documentA, v.pageA, v.documentB, v.pageB);
}
