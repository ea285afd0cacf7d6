import { addDays, format, parseISO } from 'date-fns';
import type { DocumentType } from '../../shared/domain';
import { createSeededRandom, type SeededRandom } from '../../shared/random';
import type { LabelledNote } from './mtsamplesNotes';
import { addOcrNoise } from './ocrNoise';
import {
  DATE_FORMATS,
  formatDate,
  renderEncounter,
  type CaseParties,
  type HeaderStyle,
  type Party,
} from './renderEncounter';
import { workersCompForm } from './workersCompForms';

export interface TruthEncounter {
  id: number;
  type: DocumentType;
  serviceDate: string;
  provider: string;
  /** Read from OCR-like text rather than born-digital text. */
  ocr: boolean;
}

export type CopyKind = 'exact' | 'reheaded' | 'renumbered' | 'rescanned';

/** One generated record (a compilation) with what every page really is. */
export interface EvaluationRecord {
  pages: string[];
  /** Per page: the encounter it belongs to, the original page it is (a copy shares its original's id). */
  truth: { encounter: number; source: string; startsOccurrence: boolean; copy: CopyKind | null }[];
  encounters: Map<number, TruthEncounter>;
}

const FIRST = [
  'Avery',
  'Jordan',
  'Morgan',
  'Riley',
  'Casey',
  'Quinn',
  'Harper',
  'Rowan',
  'Emerson',
  'Sawyer',
  'Marisol',
  'Tobias',
  'Ingrid',
  'Rafael',
  'Priya',
  'Desmond',
  'Lucia',
  'Anton',
  'Noemi',
  'Felix',
];
const LAST = [
  'Halvorsen',
  'Okafor',
  'Lindqvist',
  'Marchetti',
  'Abernathy',
  'Castellanos',
  'Whitcombe',
  'Nakamura',
  'Delacroix',
  'Petrakis',
  'Vandermeer',
  'Osei',
  'Thornbury',
  'Kowalczyk',
  'Ashdown',
  'Brightwater',
  'Fairbanks',
  'Greyson',
  'Holloway',
  'Iverson',
];
const PLACES = [
  'Harbor',
  'Summit',
  'Valley',
  'Coastal',
  'Redwood',
  'Golden Gate',
  'Sierra',
  'Mission',
  'Bayside',
  'Canyon',
  'Pacific',
  'Oakridge',
];
const KINDS: Partial<Record<DocumentType, string[]>> = {
  imaging_report: ['Imaging Center', 'Radiology Medical Group', 'Open MRI'],
  therapy_note: ['Physical Therapy', 'Chiropractic Clinic', 'Rehabilitation Center'],
  diagnostic_test: ['Neurodiagnostics', 'Diagnostic Laboratory'],
  hospital_record: ['Medical Center', 'Community Hospital'],
  pharmacy_record: ['Pharmacy'],
  ur_denial: ['Review Services', 'Utilization Management'],
};
const CREDENTIALS: Partial<Record<DocumentType, string[]>> = {
  therapy_note: ['PT', 'DPT', 'DC'],
  pharmacy_record: ['PharmD', 'RPh'],
};

export interface CaseFileOptions {
  pages: number;
  seed: number;
  /** Share of the record's pages that are copies of other pages (the issue asks for 20 to 40 percent). */
  duplicateShare: number;
  /** Share of original encounters that read as OCR of a scan. */
  ocrShare: number;
}

/**
 * A compilation of `pages` pages: encounters made from MTSamples notes (and a few workers' comp forms), each from
 * a practice with its own header style and date format, put in no particular order, then copies of some of them
 * (exact, with a fax header, re-paginated, or re-scanned through OCR-like noise) placed later in the record, and
 * the compilation's own running header and Bates numbers on every page.
 */
export function buildCaseFile(notes: readonly LabelledNote[], opts: CaseFileOptions): EvaluationRecord {
  const rng = createSeededRandom(opts.seed);
  const parties: CaseParties = {
    claimant: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
    claimNumber: `WC-${rng.int(100000, 999999)}`,
    dateOfBirth: `19${rng.int(55, 89)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
    dateOfInjury: `20${rng.int(10, 14)}-0${rng.int(1, 9)}-2${rng.int(0, 8)}`,
    carrier: `${rng.pick(PLACES)} Mutual Insurance`,
  };
  const practices = new Map<DocumentType, Party[]>();
  const partyFor = (type: DocumentType): Party => {
    const list = practices.get(type) ?? [];
    practices.set(type, list);
    if (list.length < 3 && (list.length === 0 || rng.chance(0.3))) list.push(newParty(type, rng));
    return rng.pick(list);
  };

  const originals: { pages: string[]; id: number }[] = [];
  const encounters = new Map<number, TruthEncounter>();
  let originalPages = 0;
  const target = Math.round(opts.pages * (1 - opts.duplicateShare));
  const pool = [...notes];
  for (let id = 1; originalPages < target && pool.length > 0; id++) {
    const roll = rng.next();
    const serviceDate = format(addDays(parseISO(parties.dateOfInjury), rng.int(3, 3200)), 'yyyy-MM-dd');
    const type: DocumentType | null =
      roll < 0.04 ? 'rfa' : roll < 0.07 ? 'ur_denial' : roll < 0.09 ? 'pharmacy_record' : null;
    const party = partyFor(type ?? 'progress_note');
    const note =
      type === 'rfa' || type === 'ur_denial' || type === 'pharmacy_record'
        ? workersCompForm(type, rng, (offset) =>
            formatDate(format(addDays(parseISO(serviceDate), offset), 'yyyy-MM-dd'), party.dateFormat),
          )
        : (pool.splice(rng.int(0, pool.length - 1), 1)[0] as LabelledNote);
    const noteParty = type ? party : partyFor(note.type);
    const rendered = renderEncounter(note, serviceDate, noteParty, parties, rng);
    const ocr = rng.chance(opts.ocrShare);
    const pages = ocr ? rendered.pages.map((p) => addOcrNoise(p, 0.005 + rng.next() * 0.02, rng)) : rendered.pages;
    encounters.set(id, { id, type: note.type, serviceDate, provider: noteParty.provider, ocr });
    originals.push({ pages, id });
    originalPages += pages.length;
  }

  // The sequence of occurrences: originals in order, copies of earlier ones slipped in after them.
  type Occurrence = { id: number; pages: string[]; sources: string[]; copy: CopyKind | null; single: boolean };
  const sequence: Occurrence[] = originals.map((o) => ({
    id: o.id,
    pages: o.pages,
    sources: o.pages.map((_, k) => `${o.id}:${k}`),
    copy: null,
    single: false,
  }));
  // Each note is used once (two encounters with one text would be real duplicates); when the notes run out
  // before the page count, copies make up the rest, up to 40 percent of the record.
  const pageCount = Math.min(opts.pages, Math.round(originalPages / 0.6));
  let copies = 0;
  while (originalPages + copies < pageCount) {
    const at = rng.int(1, sequence.length);
    const source = rng.pick(sequence.slice(0, at).filter((s) => s.copy === null));
    const kind: CopyKind = rng.pick(['exact', 'reheaded', 'renumbered', 'rescanned']);
    const single = source.pages.length > 1 && rng.chance(0.25);
    const k = single ? rng.int(0, source.pages.length - 1) : 0;
    const picked = single ? [source.pages[k] as string] : source.pages;
    const sources = single ? [source.sources[k] as string] : source.sources;
    const pages = picked.map((p, i) => copyPage(p, kind, i, picked.length, parties, rng));
    sequence.splice(at, 0, { id: source.id, pages, sources, copy: kind, single });
    copies += pages.length;
  }

  const pages: string[] = [];
  const truth: EvaluationRecord['truth'] = [];
  const bates = rng.pick(['GPM', 'RX', 'DEF', 'SUB']);
  const total = sequence.reduce((n, s) => n + s.pages.length, 0);
  for (const occurrence of sequence) {
    occurrence.pages.forEach((text, i) => {
      const n = pages.length + 1;
      pages.push(
        [
          `Records of ${parties.claimant} produced by ${parties.carrier}`,
          text,
          `${bates}-${String(n).padStart(6, '0')}    Page ${n} of ${total}`,
        ].join('\n'),
      );
      truth.push({
        encounter: occurrence.id,
        source: occurrence.sources[i] as string,
        startsOccurrence: i === 0,
        copy: occurrence.copy,
      });
    });
  }
  return { pages, truth, encounters };
}

function newParty(type: DocumentType, rng: SeededRandom): Party {
  const person = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
  const credential = rng.pick(CREDENTIALS[type] ?? ['MD', 'MD', 'DO']);
  const kind = rng.pick(
    KINDS[type] ?? [
      'Orthopaedic Medical Group',
      'Spine and Pain Center',
      'Occupational Medicine Clinic',
      'Medical Associates',
    ],
  );
  const styles: HeaderStyle[] =
    type === 'imaging_report'
      ? ['imaging', 'letterhead', 'minimal']
      : type === 'correspondence' || type === 'medical_legal'
        ? ['letter', 'letterhead', 'form']
        : ['letterhead', 'heading', 'form', 'minimal', 'emr'];
  return {
    provider: `${person}, ${credential}`,
    facility: `${rng.pick(PLACES)} ${kind}`,
    address: `${rng.int(100, 9999)} ${rng.pick(['Main', 'Oak', 'Market', 'Harbor', 'Mission'])} Street, Suite ${rng.int(100, 400)}`,
    phone: `(${rng.int(200, 989)}) ${rng.int(200, 989)}-${rng.int(1000, 9999)}`,
    style: rng.pick(styles),
    dateFormat: rng.pick(DATE_FORMATS),
  };
}

function copyPage(
  page: string,
  kind: CopyKind,
  index: number,
  count: number,
  parties: CaseParties,
  rng: SeededRandom,
): string {
  const faxDate = format(addDays(new Date(2024, 0, 1), rng.int(0, 700)), 'MM/dd/yyyy');
  const fax = `${faxDate} ${rng.int(10, 23)}:${rng.int(10, 59)} FROM: ${parties.carrier.toUpperCase()} FAX (${rng.int(200, 989)}) ${rng.int(200, 989)}-${rng.int(1000, 9999)} P.${index + 1}/${count}`;
  switch (kind) {
    case 'exact':
      return page;
    case 'reheaded':
      return `${fax}\n${page}`;
    case 'renumbered': {
      const shift = rng.int(2, 9);
      return page.replace(/\bPage (\d+)( of (\d+))?/g, (_, p: string, _of: string, n: string) =>
        n ? `Page ${Number(p) + shift} of ${Number(n) + shift}` : `Page ${Number(p) + shift}`,
      );
    }
    case 'rescanned':
      return addOcrNoise(`${rng.chance(0.5) ? `${fax}\n` : ''}${page}`, 0.005 + rng.next() * 0.025, rng);
  }
}
