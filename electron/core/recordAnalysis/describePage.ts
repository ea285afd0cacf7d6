import { classifyEncounterType, looksLikeTitle, type TypeGuess } from './classifyEncounterType';
import { findDates, isTransmissionLine, type DateMention } from './findDates';
import { findProvider, type FieldGuess } from './findProvider';
import type { PageLayout } from './pageLayout';

export interface PageMarker {
  index: number;
  of: number | null;
}

/** What one page says about where it belongs: the evidence the segmenter weighs. */
export interface PageFacts {
  page: number;
  layout: PageLayout;
  /** Up to eight opening body lines (after furniture). */
  opening: string[];
  closing: string[];
  /** A title on the opening lines that names a document type. */
  title: TypeGuess | null;
  dates: (DateMention & { furniture: boolean })[];
  /** "Page 2 of 3" written by the encounter itself (a compilation's own page numbering is left out). */
  marker: PageMarker | null;
  continues: boolean;
  signed: boolean;
  provider: FieldGuess;
  /** The opening lines exactly as written, to see a running header repeat on the next page. */
  headKey: string;
}

const OPENING = 8;
const DATE_ZONE_TOP = 16;
const DATE_ZONE_BOTTOM = 10;
const MARKER_ZONE = 6;
const CLOSING = 6;
const MARKER = /\b(?:page|pg\.?)\s*(\d{1,4})\s*(?:of|\/)\s*(\d{1,4})\b|\bp\.\s?(\d{1,4})\s*\/\s*(\d{1,4})\b/i;
const MARKER_OPEN = /^\W*page\s+(\d{1,4})\W*$/i;
const CONTINUED_TITLE = /\((?:continued|cont'?d\.?)\)|\b(?:continued|cont'?d)\W*$|\bcontinued (?:from|on)\b/i;
const CONTINUES = /^\W*(?:\(?cont(?:inued|'d|\.)?\)?|continuation)\b/i;
const SIGNED =
  /\b(?:electronically signed|e-signed|signed by|signature|dictated by|dictated but not read|\/s\/|sincerely|respectfully|authenticated by|reviewed and signed)\b|(?:^|\s)D:\s*\d.*\bT:\s*\d/i;

export function describePage(
  layout: PageLayout,
  position: number,
  pageCount: number,
  years: { minYear: number; maxYear: number },
): PageFacts {
  const opening = layout.body.slice(0, OPENING);
  const closing = layout.body.slice(-CLOSING);
  const continued = opening.slice(0, 3).some((l) => CONTINUED_TITLE.test(l));
  const titleLine = continued ? undefined : opening.slice(0, 5).find(looksLikeTitle);
  const title = titleLine ? classifyEncounterType(opening.slice(0, 5), '') : null;
  // A page states its dates in its header and its signature; the prose between holds other dates (prior
  // studies, refills) that never decide the date of service, so only the top and bottom lines are read.
  const lines = layout.lines;
  const zoned = lines.map((line, i) => (i < DATE_ZONE_TOP || i >= lines.length - DATE_ZONE_BOTTOM ? line : ''));
  const dates = findDates(zoned, years) as (DateMention & { furniture: boolean })[];
  for (const d of dates) d.furniture = layout.furniture[d.line] === true;
  return {
    page: layout.page,
    layout,
    opening,
    closing,
    title: title && title.title ? title : null,
    dates,
    marker: encounterMarker(layout.lines, position, pageCount),
    continues: continued || startsMidway(layout.body),
    signed: closing.some((l) => SIGNED.test(l)),
    provider: findProvider(opening, closing, []),
    headKey: opening.slice(0, 3).join('\n').toLowerCase(),
  };
}

function encounterMarker(lines: readonly string[], position: number, pageCount: number): PageMarker | null {
  const zone = lines.length <= 2 * MARKER_ZONE ? lines : [...lines.slice(0, MARKER_ZONE), ...lines.slice(-MARKER_ZONE)];
  for (const line of zone) {
    if (!/\d/.test(line)) continue;
    if (isTransmissionLine(line)) continue;
    const m = MARKER.exec(line);
    const index = Number(m?.[1] ?? m?.[3] ?? MARKER_OPEN.exec(line)?.[1] ?? Number.NaN);
    if (!Number.isFinite(index) || index < 1) continue;
    const ofText = m?.[2] ?? m?.[4];
    const of = ofText === undefined ? null : Number(ofText);
    // The compilation numbering its own pages says nothing about where an encounter starts.
    if (index === position && (of === pageCount || of === null) && pageCount > 1) continue;
    if (of !== null && (of < index || of > 500)) continue;
    return { index, of };
  }
  return null;
}

function startsMidway(body: readonly string[]): boolean {
  const first = body[0];
  if (!first) return false;
  return CONTINUES.test(first) || /^[a-z]/.test(first);
}
