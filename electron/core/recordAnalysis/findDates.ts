import * as chrono from 'chrono-node';
import { createLineCache } from './createLineCache';

/**
 * What a date on a page is, from the words just before it:
 * - `service`: the clinical date (date of service, visit, exam, procedure, study; "seen on");
 * - `document`: the date a non-clinical document carries (date of request, decision, report, letter, "Date:");
 * - `signature`: when it was signed, dictated or transcribed (close to, never before, the service date);
 * - `injury`, `birth`: dates about the patient, never a date of service;
 * - `transmission`: fax, print, received and sent stamps, never a date of service;
 * - `range`: either end of "dates of service X to Y" (a compilation's cover, not one encounter's date);
 * - `plain`: any other date (a prior study "of 04/21/2014", a medication fill).
 */
export type DateRole = 'service' | 'document' | 'signature' | 'injury' | 'birth' | 'transmission' | 'range' | 'plain';

export interface DateMention {
  /** YYYY-MM-DD */
  iso: string;
  role: DateRole;
  /** Index of the line the date is on. */
  line: number;
  text: string;
}

const LABELS: [RegExp, DateRole][] = [
  [/\b(?:d\.?o\.?b\.?|date of birth|birth ?date|born(?: on)?)\W*$/i, 'birth'],
  [/\b(?:d\.?o\.?i\.?|date of (?:injury|loss)|injury date|injured on|d\/i)\W*$/i, 'injury'],
  [
    /\b(?:fax(?:ed)?|received|recv'?d|rec'?d|printed|print date|sent|transmitted|transmission|copied|scanned|run date|generated|page \d+ of \d+)\b[^a-z]{0,40}$/i,
    'transmission',
  ],
  [
    /\b(?:(?:date|day)s? of (?:service|visit|exam(?:ination)?|evaluation|treatment|procedure|surgery|operation|consult(?:ation)?|study|admission|encounter|therapy)|d\.?o\.?s\.?|service date|visit date|exam(?:ination)? date|procedure date|study date|encounter date|admission date|admit date|date seen|seen on|examined on|evaluated on|treated on|performed on|visit on)\W*$/i,
    'service',
  ],
  [
    /\b(?:(?:electronically )?signed|dictated|transcribed|authenticated|approved|verified)\b(?: by [^:]{0,60}?)?(?: on| at)?\W*$/i,
    'signature',
  ],
  [/(?:^|\s)[DT]:\s*$/, 'signature'],
  [
    /\b(?:date of (?:request|decision|determination|report|letter|notice|review|application)|(?:request|decision|determination|report|letter|notice|review|application) date|date)\W*$/i,
    'document',
  ],
];

const RANGE_BETWEEN = /^\s*(?:to|through|thru|until|-|–|—)\s*$/i;
const RANGE_LABEL = /\b(?:dates|from|between|period|range)\b[^.]{0,40}$/i;
const PHONE = /(?:\(\d{3}\)\s?|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b/g;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/gi;
const LOOKBEHIND = 48;
const DATE_SHAPE =
  /\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[\s-]+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?[\s-]+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * Every full date (day, month and year all written) on a page, with its role. Numeric dates (6/6/14, 06/06/2014,
 * 6-6-2014, 6.6.2014, read month first as US records write them; 2014-06-06) are read by one pattern; lines that
 * name a month go to chrono's strict English parser (June 6, 2014, 6-Jun-2014, Jun 6 2014). Impossible dates
 * (2/30/2014) are not dates, and years outside [minYear, maxYear] are dropped. Phone numbers and clock times are
 * blanked first so they cannot run into a neighbouring date.
 */
export function findDates(lines: readonly string[], opts: { minYear: number; maxYear: number }): DateMention[] {
  const out: DateMention[] = [];
  lines.forEach((raw, line) => {
    if (!/\d/.test(raw)) return;
    for (const mention of datesOnLine(raw, opts)) out.push({ ...mention, line });
  });
  return out;
}

type LineDate = Omit<DateMention, 'line'>;
/** One cache per span of years (an analysis uses one), so a line is its own key: no key string is built per line. */
const cachedLines = new Map<number, (line: string) => readonly LineDate[]>();

function datesOnLine(raw: string, opts: { minYear: number; maxYear: number }): readonly LineDate[] {
  const years = opts.minYear * 100_000 + opts.maxYear;
  let cached = cachedLines.get(years);
  if (!cached) cachedLines.set(years, (cached = createLineCache((line) => readLine(line, opts))));
  return cached(raw);
}

function readLine(raw: string, opts: { minYear: number; maxYear: number }): LineDate[] {
  const out: LineDate[] = [];
  const folded = foldOcrDigits(raw);
  // Most lines with digits hold no date (doses, scores, levels): only date-shaped ones are read.
  if (!DATE_SHAPE.test(folded)) return out;
  const line = folded.replace(PHONE, blank).replace(TIME, blank);
  const stamped = isTransmissionLine(raw);
  const found = [...numericDates(line), ...(MONTH_NAME.test(line) ? namedDates(line) : [])].sort(
    (a, b) => a.index - b.index,
  );
  let previousEnd = -1;
  let previousRole: DateRole | null = null;
  for (const date of found) {
    if (date.year < opts.minYear || date.year > opts.maxYear) continue;
    const iso = isoOf(date.year, date.month, date.day);
    if (!iso) continue;
    const before = line.slice(Math.max(0, date.index - LOOKBEHIND), date.index);
    const between = previousEnd >= 0 ? line.slice(previousEnd, date.index) : null;
    let role: DateRole = stamped ? 'transmission' : roleOf(before);
    if (between !== null && RANGE_BETWEEN.test(between) && previousRole !== null) {
      role = 'range';
      const prev = out[out.length - 1];
      if (prev) prev.role = 'range';
    } else if (date.rangeEnd) {
      role = 'range';
    } else if (role === 'service' && RANGE_LABEL.test(before) && /\bdates\b/i.test(before)) {
      role = 'range';
    }
    out.push({ iso, role, text: date.text });
    if (date.rangeEnd) {
      const endIso = isoOf(date.rangeEnd.year, date.rangeEnd.month, date.rangeEnd.day);
      if (endIso) out.push({ iso: endIso, role: 'range', text: date.text });
    }
    previousEnd = date.index + date.text.length;
    previousRole = role;
  }
  return out;
}

interface FoundDate {
  index: number;
  text: string;
  year: number;
  month: number;
  day: number;
  rangeEnd?: { year: number; month: number; day: number };
}

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
const NUMERIC =
  /(?<![\d/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\d/-]|\.\d)|(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g;

function numericDates(line: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of line.matchAll(NUMERIC)) {
    const index = m.index ?? 0;
    if (m[5]) {
      out.push({ index, text: m[0], year: Number(m[5]), month: Number(m[6]), day: Number(m[7]) });
      continue;
    }
    const yearText = m[4] ?? '';
    const short = Number(yearText);
    // Two-digit years as chrono reads them: 51-99 are 1900s, 00-50 are 2000s.
    const year = yearText.length === 2 ? (short > 50 ? 1900 + short : 2000 + short) : short;
    out.push({ index, text: m[0], year, month: Number(m[1]), day: Number(m[3]) });
  }
  return out;
}

/** chrono's parsers that read a month written as a word. */
const MONTH_NAME_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENYearMonthNameParser',
]);
/** Its refiners that still act with only those parsers (the others join times, weekdays and relative phrases). */
const MONTH_NAME_REFINERS = new Set([
  'OverlapRemovalRefiner',
  'UnlikelyFormatFilter',
  'ENExtractYearSuffixRefiner',
  'ENMergeDateRangeRefiner',
]);
/**
 * chrono's strict English configuration with only the parsers that read a month written as a word. Numeric dates are
 * numericDates' work, and times, weekdays and phrases like "within 2 weeks" never make a date of service; on a
 * compilation's lines the other parsers took four fifths of chrono's time and changed no date it found (only, now
 * and then, where one began: "Tuesday, August 14, 2007" begins at August).
 */
const namedDateParser = (() => {
  const config = chrono.en.configuration.createConfiguration(true);
  const parsers = config.parsers.filter((parser) => MONTH_NAME_PARSERS.has(parser.constructor.name));
  const refiners = config.refiners.filter((refiner) => MONTH_NAME_REFINERS.has(refiner.constructor.name));
  const named = new Set(refiners.map((refiner) => refiner.constructor.name));
  // Were a build ever to rename chrono's classes, its whole strict parser still reads the dates, only slower.
  return parsers.length === MONTH_NAME_PARSERS.size && named.size === MONTH_NAME_REFINERS.size
    ? new chrono.Chrono({ parsers, refiners })
    : chrono.strict;
})();

/** Dates that name their month, by chrono; its numeric readings are left to numericDates. */
function namedDates(line: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const result of namedDateParser.parse(line, REFERENCE, { forwardDate: false })) {
    const start = result.start;
    if (!MONTH_NAME.test(result.text)) continue;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const end = result.end && (result.end.isCertain('day') || result.end.isCertain('month')) ? result.end : null;
    const year = start.get('year') ?? 0;
    out.push({
      index: result.index,
      text: result.text,
      year,
      month: start.get('month') ?? 0,
      day: start.get('day') ?? 0,
      ...(end
        ? { rangeEnd: { year: end.get('year') ?? year, month: end.get('month') ?? 0, day: end.get('day') ?? 0 } }
        : {}),
    });
  }
  return out;
}

const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** A fax or print header line: every date on it is when the page travelled, whatever stands before it. */
export function isTransmissionLine(line: string): boolean {
  const lower = line.toLowerCase();
  return (
    ((lower.includes('fax') || lower.includes('facsimile')) && /\b(?:fax(?:ed)?|telefax|facsimile)\b/.test(lower)) ||
    (lower.includes(':') &&
      (lower.includes('from') || lower.includes('to')) &&
      /\b(?:from|to)\s*:/.test(lower) &&
      /\bp(?:age|g)?\.?\s*\d+\s*(?:\/|of)\s*\d+/.test(lower)) ||
    /^\W*(?:received|rec'?v?'?d|printed|print date|scanned)\b/.test(lower)
  );
}

function roleOf(before: string): DateRole {
  // Only the words since the previous sentence or field belong to this date.
  const clause = before.split(/[.;|]\s+|\s{3,}/).pop() ?? before;
  for (const [pattern, role] of LABELS) if (pattern.test(clause)) return role;
  return fuzzyLabel(clause) ?? 'plain';
}

/** Field labels as OCR may misread them ("Encounter dat:", "Dateof injury:", "ate:"), letters only. */
const FUZZY_LABELS: [string, DateRole][] = [
  ['dateofservice', 'service'],
  ['servicedate', 'service'],
  ['encounterdate', 'service'],
  ['dateofvisit', 'service'],
  ['visitdate', 'service'],
  ['dateofexam', 'service'],
  ['examdate', 'service'],
  ['dateofexamination', 'service'],
  ['dateofprocedure', 'service'],
  ['procedure date', 'service'],
  ['dateofsurgery', 'service'],
  ['studydate', 'service'],
  ['admissiondate', 'service'],
  ['dateofinjury', 'injury'],
  ['injurydate', 'injury'],
  ['dateofbirth', 'birth'],
  ['birthdate', 'birth'],
  ['reportdate', 'document'],
  ['dateofreport', 'document'],
  ['date', 'document'],
];

/**
 * A misread field label: only where the text before the date ends in a colon (a field), the letters before it
 * within one edit of a known label (two for long labels). Short labels (DOS, DOB) must be exact.
 */
function fuzzyLabel(clause: string): DateRole | null {
  const field = /([A-Za-z][A-Za-z .'-]{0,30})[:;]\s*$/.exec(clause)?.[1];
  if (!field) return null;
  const letters = field.toLowerCase().replace(/[^a-z]/g, '');
  for (const [label, role] of FUZZY_LABEL_LETTERS) {
    const allowed = label.length >= 11 ? 2 : 1;
    for (let len = label.length - allowed; len <= label.length + allowed; len++) {
      if (len < 3 || len > letters.length) continue;
      if (editDistance(letters.slice(-len), label, allowed) <= allowed) return role;
    }
  }
  return null;
}

const FUZZY_LABEL_LETTERS = FUZZY_LABELS.map(([key, role]) => [key.replace(/[^a-z]/g, ''), role] as const);
/** Two rows of the edit-distance table, reused (labels and fields are short). */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance of a and b, or cap + 1 as soon as it must exceed cap. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(b.length * 2);
    currentRow = new Int32Array(b.length * 2);
  }
  let prev = previousRow;
  let row = currentRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = (prev[j - 1] as number) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, cost);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > cap) return cap + 1;
    const done = prev;
    prev = row;
    row = done;
  }
  return prev[b.length] as number;
}

const OCR_DIGITS: Record<string, string> = { l: '1', I: '1', '|': '1', O: '0', o: '0', S: '5', B: '8' };

/** A letter OCR reads for a digit, next to a digit: no token can be folded on a line without one. */
const OCR_LETTER_BY_DIGIT = /[0-9][lIO|oSB]|[lIO|oSB][0-9]/;

/** "20l3", "O6", "2O14": a short number with one letter OCR reads for a digit, read as the number. */
function foldOcrDigits(line: string): string {
  if (!OCR_LETTER_BY_DIGIT.test(line)) return line;
  return line.replace(/(?<![A-Za-z0-9])[0-9lIO|oSB]{2,4}(?![A-Za-z0-9])/g, (token) => {
    const digits = token.replace(/[^0-9]/g, '').length;
    return digits >= 1 && token.length - digits <= 1 ? token.replace(/[lIO|oSB]/g, (c) => OCR_DIGITS[c] ?? c) : token;
  });
}

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function blank(match: string): string {
  return ' '.repeat(match.length);
}
