import type { DocumentType } from '../../shared/domain';
import type { EvaluationRecord } from './buildCaseFile';

export interface FoundEncounter {
  startPage: number;
  endPage: number;
  serviceDate: string | null;
  docType: DocumentType;
  provider: string;
}

export interface AnalysisScore {
  boundary: { precision: number; recall: number; f1: number };
  dateAccuracy: number;
  typeAccuracy: number;
  providerAccuracy: number;
  duplicates: { precision: number; recall: number; truePairs: number; foundPairs: number };
  /** The same accuracies over encounters whose text reads as OCR output. */
  ocr: { encounters: number; dateAccuracy: number; typeAccuracy: number };
  encounters: number;
  misses: { kind: string; page: number; detail: string }[];
}

/**
 * Scores an analysis of one generated record against what it really holds. Boundaries: every page where an
 * encounter (or a copy of one) really starts, the record's first page left out. Date, type and provider: for each
 * real occurrence, the found encounter holding its first page. Duplicates: pairs of pages that are copies of the
 * same original page, against pairs of pages the analysis put in one group.
 */
export function scoreAnalysis(
  record: EvaluationRecord,
  found: readonly FoundEncounter[],
  groups: readonly (readonly number[])[],
): AnalysisScore {
  const misses: AnalysisScore['misses'] = [];
  const trueStarts = new Set(record.truth.flatMap((t, i) => (t.startsOccurrence && i > 0 ? [i + 1] : [])));
  const foundStarts = new Set(found.map((e) => e.startPage).filter((p) => p > 1));
  const hit = [...foundStarts].filter((p) => trueStarts.has(p)).length;
  for (const p of trueStarts) if (!foundStarts.has(p)) misses.push({ kind: 'missed boundary', page: p, detail: '' });
  for (const p of foundStarts) if (!trueStarts.has(p)) misses.push({ kind: 'extra boundary', page: p, detail: '' });
  const precision = foundStarts.size === 0 ? 0 : hit / foundStarts.size;
  const recall = trueStarts.size === 0 ? 1 : hit / trueStarts.size;

  let dates = 0;
  let types = 0;
  let providers = 0;
  let occurrences = 0;
  const ocr = { encounters: 0, dates: 0, types: 0 };
  record.truth.forEach((t, i) => {
    if (!t.startsOccurrence) return;
    const truth = record.encounters.get(t.encounter);
    const enc = found.find((e) => e.startPage <= i + 1 && i + 1 <= e.endPage);
    if (!truth || !enc) return;
    occurrences++;
    const dateOk = enc.serviceDate === truth.serviceDate;
    const typeOk = enc.docType === truth.type;
    if (dateOk) dates++;
    else misses.push({ kind: 'date', page: i + 1, detail: `${enc.serviceDate} for ${truth.serviceDate}` });
    if (typeOk) types++;
    else misses.push({ kind: 'type', page: i + 1, detail: `${enc.docType} for ${truth.type}` });
    if (sameName(enc.provider, truth.provider)) providers++;
    if (truth.ocr || t.copy === 'rescanned') {
      ocr.encounters++;
      if (dateOk) ocr.dates++;
      if (typeOk) ocr.types++;
    }
  });

  const bySource = new Map<string, number[]>();
  record.truth.forEach((t, i) => bySource.set(t.source, [...(bySource.get(t.source) ?? []), i + 1]));
  const truePairs = new Set<string>();
  for (const list of bySource.values())
    for (const a of list) for (const b of list) if (a < b) truePairs.add(`${a}-${b}`);
  const foundPairs = new Set<string>();
  for (const g of groups) for (const a of g) for (const b of g) if (a < b) foundPairs.add(`${a}-${b}`);
  const dupHits = [...foundPairs].filter((p) => truePairs.has(p)).length;
  for (const p of foundPairs)
    if (!truePairs.has(p)) misses.push({ kind: 'false duplicate', page: Number(p.split('-')[0]), detail: p });
  for (const p of truePairs)
    if (!foundPairs.has(p)) misses.push({ kind: 'missed duplicate', page: Number(p.split('-')[0]), detail: p });

  return {
    boundary: { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
    dateAccuracy: dates / Math.max(1, occurrences),
    typeAccuracy: types / Math.max(1, occurrences),
    providerAccuracy: providers / Math.max(1, occurrences),
    duplicates: {
      precision: foundPairs.size === 0 ? 1 : dupHits / foundPairs.size,
      recall: truePairs.size === 0 ? 1 : dupHits / truePairs.size,
      truePairs: truePairs.size,
      foundPairs: foundPairs.size,
    },
    ocr: {
      encounters: ocr.encounters,
      dateAccuracy: ocr.dates / Math.max(1, ocr.encounters),
      typeAccuracy: ocr.types / Math.max(1, ocr.encounters),
    },
    encounters: occurrences,
    misses,
  };
}

function sameName(a: string, b: string): boolean {
  const surname = (s: string) => s.replace(/,.*$/, '').trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return a !== '' && surname(a) === surname(b);
}
