import type { DocumentType } from '../../../shared/domain';
import { classifyEncounterType, looksLikeTitle } from './classifyEncounterType';
import { describePage, type PageFacts } from './describePage';
import { isTransmissionLine } from './findDates';
import { findFacility } from './findFacility';
import { findProvider, type FieldGuess } from './findProvider';
import { layoutPages } from './pageLayout';
import { readRecordsIndex, type IndexEntry } from './readRecordsIndex';
import { chooseServiceDate } from './chooseServiceDate';

export interface DetectedEncounter {
  startPage: number;
  endPage: number;
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
  /** Why a field is uncertain, in words a reviewer reads ("several dates of service on the first page"). */
  notes: string[];
}

export interface SegmentOptions {
  /** Dates outside these years are not dates of service (typing slips, dates of birth written oddly). */
  minYear: number;
  maxYear: number;
  /** The latest plausible date of service (the day the record arrived). */
  latestDate: string;
  /** The reviewer's boundaries: 'split' starts an encounter on that page, 'merge' continues the previous one. */
  boundaries?: ReadonlyMap<number, 'split' | 'merge'>;
}

const BOUNDARY_SCORE = 3;
const BODY_CHARS = 4000;
/** The title of a compilation's own index page, which is an encounter of no date. */
export const RECORDS_INDEX_TITLE = 'Records index';

/**
 * Splits one document's pages into encounters and reads each one's date, type, provider and facility; also returns
 * what it read on each page (the duplicate finder reuses the layouts and dates).
 */
export async function segmentDocument(
  pages: readonly { page: number; text: string }[],
  opts: SegmentOptions & { pause?: () => Promise<void> },
): Promise<{ encounters: DetectedEncounter[]; facts: PageFacts[] }> {
  if (pages.length === 0) return { encounters: [], facts: [] };
  const layouts = layoutPages(pages);
  const facts: PageFacts[] = [];
  for (const [i, layout] of layouts.entries()) {
    facts.push(describePage(layout, i + 1, pages.length, opts));
    if (opts.pause && i % 25 === 24) await opts.pause();
  }
  const index = facts[0] ? readRecordsIndex(facts[0].layout.lines, pages.length) : [];
  const starts = new Set<number>(index.map((e) => e.from));

  const groups: PageFacts[][] = [];
  let current: PageFacts[] = [];
  for (const [i, fact] of facts.entries()) {
    const override = opts.boundaries?.get(fact.page);
    const isStart =
      i === 0 ||
      override === 'split' ||
      (override !== 'merge' && startsEncounter(fact, facts[i - 1], current, starts.has(fact.page), index, opts));
    if (isStart && current.length > 0) {
      groups.push(current);
      current = [];
    }
    current.push(fact);
  }
  if (current.length > 0) groups.push(current);
  return {
    encounters: groups.map((group) => describeEncounter(group, entryFor(index, group[0]?.page ?? 0), opts)),
    facts,
  };
}

function startsEncounter(
  fact: PageFacts,
  previous: PageFacts | undefined,
  current: readonly PageFacts[],
  indexed: boolean,
  index: readonly IndexEntry[],
  opts: SegmentOptions,
): boolean {
  if (!previous) return true;
  if (index.length > 0 && previous.page === 1) return true;
  let score = indexed ? 6 : 0;
  if (fact.title) score += 3;
  const ownDate = labelledDate(fact);
  if (ownDate) score += 2;
  if (fact.marker) {
    if (fact.marker.index === 1) score += 3;
    else if (previous.marker && previous.marker.index === fact.marker.index - 1) score -= 6;
    else score -= 3;
  } else if (previous.marker && previous.marker.of !== null && previous.marker.index === previous.marker.of) {
    score += 2;
  } else if (previous.marker && previous.marker.of !== null && previous.marker.index < previous.marker.of) {
    score -= 3;
  }
  if (previous.signed) score += 1.5;
  if (fact.continues) score -= 3;
  if (fact.headKey !== '' && fact.headKey === previous.headKey) score -= 4;
  const currentDate = current.map(labelledDate).find((d) => d !== null) ?? null;
  if (ownDate && currentDate && ownDate !== currentDate && ownDate <= opts.latestDate) score += 2;
  const provider = fact.provider;
  const currentProvider = current.map((f) => f.provider).find((p) => p.value !== '');
  if (provider.confidence >= 0.75 && currentProvider && !sameProvider(provider.value, currentProvider.value))
    score += 1;
  return score >= BOUNDARY_SCORE;
}

function labelledDate(fact: PageFacts): string | null {
  return (
    fact.dates.find((d) => !d.furniture && d.line < 12 && (d.role === 'service' || d.role === 'document'))?.iso ?? null
  );
}

function sameProvider(a: string, b: string): boolean {
  const surname = (s: string) => s.replace(/,.*$/, '').trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return surname(a) === surname(b);
}

function entryFor(index: readonly IndexEntry[], page: number): IndexEntry | null {
  return index.find((e) => e.from <= page && page <= e.to) ?? null;
}

function describeEncounter(group: PageFacts[], entry: IndexEntry | null, opts: SegmentOptions): DetectedEncounter {
  const first = group[0] as PageFacts;
  const last = group[group.length - 1] as PageFacts;
  const notes: string[] = [];
  // The type cues read the opening of an encounter's text; a long report is not read to its end for them.
  let body = '';
  for (const f of group) {
    for (const line of f.layout.body) {
      if (body.length >= BODY_CHARS) break;
      body += `${line}\n`;
    }
  }
  const isIndex = entry === null && first.page === 1 && readRecordsIndex(first.layout.lines, Infinity).length > 0;

  let type = classifyEncounterType(first.opening, body);
  if (isIndex) type = { type: 'other', confidence: 0.9, title: RECORDS_INDEX_TITLE };
  else if (type.confidence < 0.5 && entry) {
    const fromIndex = classifyEncounterType([entry.text], entry.text);
    if (fromIndex.title) type = { ...fromIndex, confidence: 0.7, title: type.title };
  }
  if (type.type === 'other' && !isIndex) notes.push('No document type found: correct it if you know it.');

  const date = isIndex ? { iso: null, confidence: 0.9, notes: [] } : chooseServiceDate(group, opts.latestDate);
  notes.push(...date.notes);

  let provider: FieldGuess = findProvider(first.opening, last.closing, [
    ...first.layout.body.slice(0, 40),
    ...last.layout.body.slice(-20),
  ]);
  if (provider.value === '' && entry) {
    const fromIndex = findProvider([entry.text], [], []);
    if (fromIndex.value) provider = { value: fromIndex.value, confidence: 0.6 };
  }
  let facility = findFacility(first.opening);
  // A pharmacy's record is the pharmacy's: the prescribers it lists did not write it.
  if (type.type === 'pharmacy_record' && facility.value && provider.confidence < 0.85)
    provider = { value: facility.value, confidence: facility.confidence };
  if (facility.value === '') {
    const header = first.layout.lines.filter((_, i) => first.layout.furniture[i]).slice(0, 4);
    const fromHeader = findFacility(header);
    if (fromHeader.value) facility = { value: fromHeader.value, confidence: 0.4 };
  }

  return {
    startPage: first.page,
    endPage: last.page,
    serviceDate: date.iso,
    dateConfidence: date.confidence,
    docType: type.type,
    typeConfidence: type.confidence,
    provider: provider.value,
    providerConfidence: provider.confidence,
    facility: facility.value,
    facilityConfidence: facility.confidence,
    title: cleanTitle(type.title ?? '').slice(0, 200),
    extract: extractOf(first, type.title),
    notes,
  };
}

/** "PAIN MANAGEMENT FOLLOW-UP - Jane Roe, MD - Date of service: …" names the document in its first part. */
function cleanTitle(title: string): string {
  const parts = title.split(/\s+[-–|]\s+/);
  return parts.length > 1 && parts.slice(1).some((p) => /\d|,\s*[A-Z]/.test(p)) ? (parts[0] ?? title) : title;
}

/** The first line that reads as content: past the title, letterhead, header fields and short labels. */
function extractOf(first: PageFacts, title: string | null): string {
  const line =
    first.layout.body.find(
      (l) =>
        l !== title &&
        l.split(/\s+/).length >= 6 &&
        !looksLikeTitle(l) &&
        !isTransmissionLine(l) &&
        !/^\W*(?:patient|name|claim|dob|date|re|dear|provider|location|encounter|examining|doi)\b/i.test(l),
    ) ?? '';
  return line.length > 220 ? `${line.slice(0, 217).replace(/\s+\S*$/, '')}…` : line;
}
