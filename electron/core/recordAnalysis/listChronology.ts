import type { DocumentType } from '../../../shared/domain';
import type { AnalysisStatus, ChronologyMarkers, Encounter, EncounterSpan } from '../../../shared/ipc';
import {
  listCorrections,
  listDocuments,
  listEncounters,
  readCaseAnalysis,
  type Db,
  type StoredDocument,
  type StoredEncounter,
} from '../db';
import { requireCase } from '../cases';
import type { AnalysisState } from './createAnalysisQueue';
import { keyOf } from './groupDuplicates';
import { encounterKey, linkDuplicateEncounters } from './linkDuplicateEncounters';
import { readDuplicateGroups } from './readDuplicateGroups';
import { readSeenPages } from './readSeenPages';

export const NOT_ANALYZED_NOTE = 'Not analyzed yet: the details are the document’s own.';

/**
 * A case's encounters as the reviewer sees them: detected fields with the reviewer's corrections on top, copies
 * linked to their original (and reading its facts), pages seen. A document not analyzed yet is one encounter
 * described by its own details, so the chronology is never empty while the analysis runs.
 */
export function readEncounters(db: Db, caseId: string): Encounter[] {
  const documents = listDocuments(db, caseId);
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const stored = listEncounters(db, caseId);
  const analyzed = new Set(stored.map((e) => e.documentId));
  const all: StoredEncounter[] = [
    ...stored,
    ...documents.filter((d) => !analyzed.has(d.id)).map((d) => fromDocument(d, caseId)),
  ];
  const corrections = new Map<string, Map<string, string | null>>();
  for (const c of listCorrections(db, caseId)) {
    const key = encounterKey(c);
    const fields = corrections.get(key) ?? new Map<string, string | null>();
    fields.set(c.field, c.value);
    corrections.set(key, fields);
  }
  const corrected = all.map((e) => applyCorrections(e, corrections.get(encounterKey(e))));
  const groups = readDuplicateGroups(db, caseId);
  const links = linkDuplicateEncounters(
    corrected.map((c) => ({
      documentId: c.encounter.documentId,
      startPage: c.encounter.startPage,
      endPage: c.encounter.endPage,
      c,
    })),
    groups,
  );
  const { seen } = readSeenPages(db, caseId, groups);
  const span = (e: { documentId: string; startPage: number; endPage: number }): EncounterSpan => ({
    documentId: e.documentId,
    documentTitle: titles.get(e.documentId) ?? '',
    startPage: e.startPage,
    endPage: e.endPage,
  });
  const copies = new Map<string, EncounterSpan[]>();
  for (const e of corrected) {
    const original = links.get(encounterKey(e.encounter))?.c.encounter;
    if (original)
      copies.set(encounterKey(original), [...(copies.get(encounterKey(original)) ?? []), span(e.encounter)]);
  }
  return corrected.map(({ encounter: e, fields }) => {
    const original = links.get(encounterKey(e))?.c.encounter;
    const source = original && fields.size === 0 ? original : e;
    let pagesSeen = 0;
    for (let p = e.startPage; p <= e.endPage; p++)
      if (seen.has(keyOf({ documentId: e.documentId, page: p }))) pagesSeen++;
    return {
      ...span(e),
      id: `${e.documentId}:${e.startPage}`,
      serviceDate: source.serviceDate,
      dateConfidence: source.dateConfidence,
      docType: source.docType,
      typeConfidence: source.typeConfidence,
      provider: source.provider,
      providerConfidence: source.providerConfidence,
      facility: source.facility,
      facilityConfidence: source.facilityConfidence,
      title: e.title || source.title,
      extract: e.extract,
      notes: source.notes,
      corrected: [...fields.keys()] as Encounter['corrected'],
      duplicateOf: original ? span(original) : null,
      copies: copies.get(encounterKey(e)) ?? [],
      pagesSeen,
      pageCount: e.endPage - e.startPage + 1,
    };
  });
}

export function listChronology(
  db: Db,
  caseId: string,
  state: AnalysisState,
): { encounters: Encounter[]; markers: ChronologyMarkers; analysis: AnalysisStatus } {
  const record = requireCase(db, caseId);
  const encounters = readEncounters(db, caseId);
  const rfa = encounters
    .filter(
      (e) => e.docType === 'rfa' && !e.duplicateOf && e.serviceDate !== null && e.serviceDate <= record.urDecisionDate,
    )
    .map((e) => e.serviceDate as string)
    .sort()
    .pop();
  return {
    encounters,
    markers: {
      dateOfInjury: record.dateOfInjury,
      rfaDate: rfa ?? null,
      urDecisionDate: record.urDecisionDate,
      applicationDate: record.applicationDate,
    },
    analysis: analysisStatus(db, caseId, state),
  };
}

export function analysisStatus(db: Db, caseId: string, state: AnalysisState): AnalysisStatus {
  const run = readCaseAnalysis(db, caseId);
  return { state, analyzedAt: run.analyzedAt, pages: run.pages, durationMs: run.durationMs, complete: run.complete };
}

function fromDocument(d: StoredDocument, caseId: string): StoredEncounter {
  return {
    documentId: d.id,
    startPage: 1,
    endPage: Math.max(1, d.pageCount),
    caseId,
    serviceDate: d.serviceDate,
    dateConfidence: d.serviceDate ? 0.5 : 0,
    docType: d.docType,
    typeConfidence: 0.5,
    provider: d.provider,
    providerConfidence: d.provider ? 0.5 : 0,
    facility: '',
    facilityConfidence: 0,
    title: d.title,
    extract: '',
    notes: [NOT_ANALYZED_NOTE],
  };
}

function applyCorrections(
  e: StoredEncounter,
  fields: Map<string, string | null> | undefined,
): { encounter: StoredEncounter; fields: Map<string, string | null> } {
  if (!fields) return { encounter: e, fields: new Map() };
  const next = { ...e };
  if (fields.has('serviceDate'))
    Object.assign(next, { serviceDate: fields.get('serviceDate') ?? null, dateConfidence: 1 });
  if (fields.has('docType')) Object.assign(next, { docType: fields.get('docType') as DocumentType, typeConfidence: 1 });
  if (fields.has('provider')) Object.assign(next, { provider: fields.get('provider') ?? '', providerConfidence: 1 });
  if (fields.has('facility')) Object.assign(next, { facility: fields.get('facility') ?? '', facilityConfidence: 1 });
  return { encounter: next, fields };
}
