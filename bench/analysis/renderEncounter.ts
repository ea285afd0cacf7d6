import { addDays, format, parseISO } from 'date-fns';
import type { DocumentType } from '../../shared/domain';
import type { SeededRandom } from '../../shared/random';
import type { LabelledNote } from './mtsamplesNotes';

export interface Party {
  provider: string;
  facility: string;
  address: string;
  phone: string;
  style: HeaderStyle;
  dateFormat: string;
}

export interface CaseParties {
  claimant: string;
  claimNumber: string;
  dateOfBirth: string;
  dateOfInjury: string;
  carrier: string;
}

export type HeaderStyle = 'letterhead' | 'heading' | 'form' | 'letter' | 'minimal' | 'imaging' | 'emr';

export const DATE_FORMATS = [
  'M/d/yy',
  'MM/dd/yyyy',
  'MMMM d, yyyy',
  'yyyy-MM-dd',
  'd-MMM-yyyy',
  'MMM d yyyy',
  'M/d/yyyy',
];
const LINE = 92;
const PAGE_LINES = 44;
const MAX_PAGES = 4;

const TITLES: Record<DocumentType, string[]> = {
  progress_note: [
    'PROGRESS NOTE',
    'Follow-up Visit',
    "Primary Treating Physician's Progress Report (PR-2)",
    'OFFICE VISIT',
  ],
  consultation: ['CONSULTATION', 'Orthopedic Consultation', 'INITIAL EVALUATION', 'History and Physical'],
  imaging_report: ['RADIOLOGY REPORT'],
  procedure_note: ['OPERATIVE REPORT', 'PROCEDURE NOTE', 'Operative Note'],
  therapy_note: ['PHYSICAL THERAPY DAILY NOTE', 'Chiropractic Treatment Note', 'PT Progress Note'],
  diagnostic_test: ['ELECTRODIAGNOSTIC REPORT', 'EMG/NCV Study', 'Laboratory Report'],
  medical_legal: ['QUALIFIED MEDICAL EVALUATION', 'Independent Medical Evaluation', 'Permanent and Stationary Report'],
  hospital_record: ['DISCHARGE SUMMARY', 'EMERGENCY DEPARTMENT REPORT'],
  correspondence: ['LETTER'],
  rfa: ['REQUEST FOR AUTHORIZATION (DWC FORM RFA)'],
  ur_denial: ['UTILIZATION REVIEW DETERMINATION'],
  pharmacy_record: ['PHARMACY DISPENSING HISTORY'],
  imr_application: ['APPLICATION FOR INDEPENDENT MEDICAL REVIEW'],
  other: ['RECORD'],
};

export interface RenderedEncounter {
  pages: string[];
}

export const formatDate = (iso: string, pattern: string) => format(parseISO(iso), pattern);

/**
 * One encounter as its pages read: the practice's header in its own style (some with no title at all), the note
 * in paragraphs wrapped to the page, continuation headers and page numbers on later pages, a signature line, and
 * dates that are not the date of service (injury, birth, prior studies, the next visit) mixed in.
 */
export function renderEncounter(
  note: LabelledNote,
  serviceDate: string,
  party: Party,
  parties: CaseParties,
  rng: SeededRandom,
): RenderedEncounter {
  const d = (iso: string) => formatDate(iso, party.dateFormat);
  const title = titleFor(note, rng);
  const header = headerLines(party, parties, title, serviceDate, d);
  const prior = addDays(parseISO(serviceDate), -rng.int(20, 400));
  const next = addDays(parseISO(serviceDate), rng.int(14, 60));
  const paragraphs = note.paragraphs.map((p) =>
    p.replace(/MM\/DD\/YYYY/g, () => d(format(addDays(prior, -rng.int(1, 300)), 'yyyy-MM-dd'))),
  );
  const extras = [
    rng.chance(0.5) ? `Date of injury: ${d(parties.dateOfInjury)}. Claim ${parties.claimNumber}.` : null,
    rng.chance(0.4) ? `Prior imaging of ${d(format(prior, 'yyyy-MM-dd'))} was reviewed.` : null,
  ].filter((x): x is string => x !== null);
  const closing = [
    ...(rng.chance(0.4) ? [`Return for follow-up on ${d(format(next, 'yyyy-MM-dd'))}.`] : []),
    ...signature(party, serviceDate, d, rng),
  ];
  const bodyLines = [...extras, ...paragraphs].flatMap(wrap);
  const firstRoom = PAGE_LINES - header.length;
  const pages: string[][] = [];
  let rest = bodyLines;
  let room = firstRoom;
  while (rest.length > 0 && pages.length < MAX_PAGES) {
    pages.push(rest.slice(0, room));
    rest = rest.slice(room);
    room = PAGE_LINES - 3;
  }
  const last = pages[pages.length - 1] ?? [];
  if (last.length + closing.length > PAGE_LINES - 3) last.splice(Math.max(0, PAGE_LINES - 3 - closing.length));
  last.push(...closing);
  const count = pages.length;
  return {
    pages: pages.map((lines, i) =>
      [
        ...(i === 0 ? header : continuation(party, parties, title, serviceDate, d, i + 1, count)),
        ...lines,
        ...(i === 0 && count > 1 && party.style !== 'minimal' ? [`Page 1 of ${count}`] : []),
      ].join('\n'),
    ),
  };
}

function titleFor(note: LabelledNote, rng: SeededRandom): string {
  if (note.type === 'imaging_report') {
    const exam = note.paragraphs
      .find((p) => /^(EXAM|EXAMINATION|PROCEDURE|STUDY)\s*:/.test(p))
      ?.replace(/^[A-Z ]+:\s*/, '')
      .split(/[.:]/)[0];
    return (exam && exam.length < 70 ? exam : note.sampleName.replace(/ - \d+$/, '')).toUpperCase();
  }
  if (note.type === 'hospital_record')
    return /emergency|er\b/i.test(note.specialty) ? 'EMERGENCY DEPARTMENT REPORT' : 'DISCHARGE SUMMARY';
  return rng.pick(TITLES[note.type]);
}

function headerLines(
  party: Party,
  parties: CaseParties,
  title: string,
  dos: string,
  d: (iso: string) => string,
): string[] {
  switch (party.style) {
    case 'letterhead':
      return [
        party.facility,
        `${party.address} - Tel ${party.phone}`,
        title,
        `Patient: ${parties.claimant}   DOB: ${d(parties.dateOfBirth)}   Date of Service: ${d(dos)}`,
      ];
    case 'heading':
      return [`${title} - ${party.provider} - Date of service: ${d(dos)}`];
    case 'form':
      return [
        party.facility,
        title,
        `PATIENT NAME: ${parties.claimant.toUpperCase()}    CLAIM #: ${parties.claimNumber}`,
        `DATE OF INJURY: ${d(parties.dateOfInjury)}    DATE OF EXAM: ${d(dos)}`,
        `EXAMINING PHYSICIAN: ${party.provider}`,
      ];
    case 'letter':
      return [
        party.facility,
        party.address,
        formatDate(dos, 'MMMM d, yyyy'),
        `RE: ${parties.claimant}   DOI: ${d(parties.dateOfInjury)}   Claim: ${parties.claimNumber}`,
        `Dear Claims Examiner:`,
      ];
    case 'minimal':
      return [`Date: ${d(dos)}`, `Patient: ${parties.claimant}`];
    case 'imaging':
      return [
        party.facility,
        title,
        `Exam date: ${d(dos)}   Patient: ${parties.claimant}   DOB: ${d(parties.dateOfBirth)}`,
        'Referring physician: on file',
      ];
    case 'emr':
      return [`Encounter date: ${d(dos)}`, `Provider: ${party.provider}`, `Location: ${party.facility}`];
  }
}

function continuation(
  party: Party,
  parties: CaseParties,
  title: string,
  dos: string,
  d: (iso: string) => string,
  page: number,
  count: number,
): string[] {
  switch (party.style) {
    case 'letterhead':
      return [party.facility, `Patient: ${parties.claimant}   DOS: ${d(dos)}   Page ${page} of ${count}`];
    case 'heading':
      return [`${title} (continued)`];
    case 'form':
      return [`${parties.claimant.toUpperCase()} - Page ${page}`];
    case 'letter':
      return [`RE: ${parties.claimant}`, `Page ${page}`];
    case 'minimal':
      return [];
    case 'imaging':
      return [`${party.facility} - ${parties.claimant} - Page ${page} of ${count}`];
    case 'emr':
      return [`${parties.claimant} - Encounter ${d(dos)} - Page ${page} of ${count}`];
  }
}

function signature(party: Party, dos: string, d: (iso: string) => string, rng: SeededRandom): string[] {
  const signed = format(addDays(parseISO(dos), rng.int(0, 3)), 'yyyy-MM-dd');
  switch (party.style) {
    case 'letter':
      return ['Sincerely,', party.provider];
    case 'form':
      return [`Dictated by: ${party.provider}   D: ${d(dos)}   T: ${d(signed)}`];
    case 'imaging':
      return [`Interpreted by: ${party.provider}`, `Report signed ${d(signed)}`];
    case 'minimal':
      return [party.provider];
    default:
      return [`Electronically signed by ${party.provider} on ${d(signed)}.`];
  }
}

export function wrap(text: string): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > LINE) {
    const cut = rest.lastIndexOf(' ', LINE);
    const at = cut > 20 ? cut : LINE;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}
