import type { DocumentType } from '../../../../shared/domain';
import type { Db } from '../openDatabase';

export interface StoredEncounter {
  documentId: string;
  startPage: number;
  endPage: number;
  caseId: string;
  serviceDate: string | null;
  dateConfidence: number;
  docType: DocumentType;
  typeConfidence: number;
  provider: string;
  providerConfidence: number;
  facility: string;
  facilityConfidence: number;
  title: string;
  extract: string;
  notes: string[];
}

export type CorrectableField = 'serviceDate' | 'docType' | 'provider' | 'facility';

export interface EncounterCorrection {
  documentId: string;
  startPage: number;
  field: CorrectableField;
  value: string | null;
  correctedAt: string;
}

/** Replaces every detected encounter of a case (the reviewer's corrections live elsewhere and stay). */
export function replaceEncounters(db: Db, caseId: string, encounters: readonly StoredEncounter[]): void {
  db.prepare('delete from encounters where case_id = ?').run(caseId);
  const insert = db.prepare(
    `insert into encounters (document_id, start_page, end_page, case_id, service_date, date_confidence, doc_type,
      type_confidence, provider, provider_confidence, facility, facility_confidence, title, extract, notes_json)
    values (@documentId, @startPage, @endPage, @caseId, @serviceDate, @dateConfidence, @docType, @typeConfidence,
      @provider, @providerConfidence, @facility, @facilityConfidence, @title, @extract, @notesJson)`,
  );
  for (const e of encounters) insert.run({ ...e, notesJson: JSON.stringify(e.notes) });
}

interface EncounterRow extends Omit<StoredEncounter, 'notes'> {
  notesJson: string;
}

export function listEncounters(db: Db, caseId: string): StoredEncounter[] {
  return (
    db
      .prepare(
        `select document_id as documentId, start_page as startPage, end_page as endPage, case_id as caseId,
          service_date as serviceDate, date_confidence as dateConfidence, doc_type as docType,
          type_confidence as typeConfidence, provider, provider_confidence as providerConfidence, facility,
          facility_confidence as facilityConfidence, title, extract, notes_json as notesJson
        from encounters where case_id = ? order by document_id, start_page`,
      )
      .all(caseId) as EncounterRow[]
  ).map(({ notesJson, ...e }) => ({ ...e, notes: JSON.parse(notesJson) as string[] }));
}

export function listBoundaries(db: Db, documentId: string): Map<number, 'split' | 'merge'> {
  const rows = db.prepare('select page, kind from encounter_boundaries where document_id = ?').all(documentId) as {
    page: number;
    kind: 'split' | 'merge';
  }[];
  return new Map(rows.map((r) => [r.page, r.kind]));
}

export function writeBoundary(db: Db, documentId: string, page: number, kind: 'split' | 'merge', at: string): void {
  db.prepare(
    `insert into encounter_boundaries (document_id, page, kind, set_at) values (?, ?, ?, ?)
    on conflict (document_id, page) do update set kind = excluded.kind, set_at = excluded.set_at`,
  ).run(documentId, page, kind, at);
}

export function listCorrections(db: Db, caseId: string): EncounterCorrection[] {
  return db
    .prepare(
      `select c.document_id as documentId, c.start_page as startPage, c.field, c.value, c.corrected_at as correctedAt
      from encounter_corrections c join documents d on d.id = c.document_id where d.case_id = ?`,
    )
    .all(caseId) as EncounterCorrection[];
}

export function writeCorrection(db: Db, correction: EncounterCorrection): void {
  db.prepare(
    `insert into encounter_corrections (document_id, start_page, field, value, corrected_at)
    values (@documentId, @startPage, @field, @value, @correctedAt)
    on conflict (document_id, start_page, field) do update set value = excluded.value, corrected_at = excluded.corrected_at`,
  ).run(correction);
}
