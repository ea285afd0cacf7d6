import type { DocumentType } from '../../../shared/domain';
import { createLineCache } from './createLineCache';

export interface TypeGuess {
  type: DocumentType;
  /** 0..1: a title naming the type is near-certain; body cues alone are weaker; nothing found is 'other' at 0.2. */
  confidence: number;
  /** The line that named the type, when one did. */
  title: string | null;
}

/**
 * Titles that name a document type, most specific first (an "MRI" line in a UR letter does not make it an imaging
 * report: the UR and RFA rules come first). Each is tried on the opening lines of an encounter.
 */
const TITLE_RULES: [RegExp, DocumentType][] = [
  [/\bapplication for independent medical review\b|\bIMR application\b|\bDWC form IMR\b/i, 'imr_application'],
  [/\brequest for authori[sz]ation\b|\bDWC form RFA\b|^\W*RFA\b/i, 'rfa'],
  [
    /\butilization review\b|\bUR (?:determination|decision|denial|letter)\b|\bnotice of (?:denial|modification|non-?certification)\b|\bnon-?certification\b|\bpeer review\b/i,
    'ur_denial',
  ],
  [
    /\b(?:qualified|agreed|independent) medical(?:-legal)? evaluat|\b(?:QME|AME|IME|PQME)\b|\bpermanent (?:and|&) stationary\b|\bP&S report\b|\bmedical[- ]legal\b|\brecords? review\b|\bPR-?4\b|\bimpairment rating\b|\bsupplemental report\b/i,
    'medical_legal',
  ],
  [
    /\bpharmacy\b|\bmedication (?:profile|history|list report)\b|\bdispensing (?:history|record)\b|\bprescription history\b|\bRx history\b/i,
    'pharmacy_record',
  ],
  [
    /\bphysical therapy\b|\boccupational therapy\b|\bPT (?:daily |progress |treatment |initial )?(?:note|evaluation|eval|re-?evaluation)\b|\bchiropractic\b|\bacupuncture\b|\btherapy (?:note|daily note|progress note|treatment note|evaluation)\b|\bdaily note\b|\bwork hardening\b|\bfunctional restoration\b/i,
    'therapy_note',
  ],
  [
    /\bEMG\b|\belectromyogra|\bnerve conduction\b|\bNCV\b|\bNCS\b|\belectrodiagnostic\b|\blab(?:oratory)? (?:report|results?)\b|\bpathology report\b|\burine drug (?:test|screen)\b|\btoxicology\b|\bEKG\b|\bECG\b|\belectrocardiogra|\bsleep study\b|\bpolysomnogra|\bpulmonary function\b|\bfunctional capacity evaluation\b|\bFCE\b|\bEEG\b|\bstress test\b|\bholter\b/i,
    'diagnostic_test',
  ],
  [
    /\b(?:MRI|MRA|MR|CT|CTA|CAT scan|x-?rays?|radiograph\w*|ultrasound|sonogra\w*|mammogra\w*|bone scan|DEXA|PET(?:\/CT)?|fluoroscop\w*|arthrogra\w*|myelogra\w*|venogra\w*|angiogra\w*|echocardiogra\w*|doppler|duplex|nuclear (?:medicine|scan)|imaging|radiology)\b/i,
    'imaging_report',
  ],
  [
    /\boperative (?:report|note)\b|\bop(?:eration)? report\b|\bprocedure (?:note|report)\b|\bprocedures? performed\b|\boperations? performed\b|\bpre-?operative diagnos|\binjection (?:note|report)\b|\bsurgery report\b/i,
    'procedure_note',
  ],
  [
    /\bdischarge summary\b|\bemergency (?:department|room)\b|\b(?:ER|ED) (?:report|note|visit)\b|\badmission (?:history|note|h&p)\b|\bhospital course\b|\btransfer summary\b|\bdeath summary\b|\bautopsy\b/i,
    'hospital_record',
  ],
  [
    /\bconsult(?:ation)?\b|\bhistory and physical\b|\bH ?& ?P\b|\binitial (?:evaluation|visit|orthopedic evaluation|consult)\b|\bnew patient\b|\bevaluation and management\b|\breferral evaluation\b/i,
    'consultation',
  ],
  [
    /\bprogress (?:note|report)\b|\bPR-?2\b|\bfollow[- ]?up\b(?: (?:visit|note|evaluation|report))?|\boffice (?:visit|note)\b|\bclinic (?:visit|note)\b|\bchart note\b|\bSOAP note\b|\bre-?evaluation\b|\bre-?check\b|\breturn visit\b|\bvisit note\b/i,
    'progress_note',
  ],
  [/^\W*(?:dear\b|to whom it may concern)|\bletter\b|\bcorrespondence\b|\bmemorandum\b/i, 'correspondence'],
];

/** Every title rule in one pattern, one capture group each: a line is scanned once, the first rule in order wins. */
const ALL_TITLES = new RegExp(TITLE_RULES.map(([pattern]) => `(${pattern.source})`).join('|'), 'gi');

const titleRuleOf = createLineCache(readTitleRule);

function readTitleRule(line: string): DocumentType | null {
  let best = TITLE_RULES.length;
  for (const m of line.matchAll(ALL_TITLES)) {
    const rule = m.slice(1).findIndex((g) => g !== undefined);
    if (rule >= 0 && rule < best) best = rule;
  }
  return TITLE_RULES[best]?.[1] ?? null;
}

const LETTERHEAD =
  /,\s*(?:M\.?D|D\.?O|D\.?C|PT|DPT|LAc|PA-C|NP|PhD)\b.*\s[-–|]\s|\b(?:inc|llc|center|centre|clinic|associates|group|institute)\b\W*(?:\(demo\))?\W*$/i;

interface BodyCue {
  type: DocumentType;
  weight: number;
  /** Phrases, each starting with a letter and read from the start of a word (the boundary is added below). */
  words: RegExp[];
  /** Headings that open a line ("TECHNIQUE:"), after any indent. */
  headings?: RegExp;
}

/**
 * Words in the body that point to a type when no title does, weighed; the best total wins. Section headings a
 * type always has weigh most (REASON FOR CONSULTATION, HOSPITAL COURSE, TECHNIQUE); words every note may hold
 * (IMPRESSION, PLAN) weigh little.
 */
const BODY_CUES: BodyCue[] = [
  {
    type: 'rfa',
    weight: 2.5,
    words: [/request(?:ed)? (?:for )?authori[sz]ation\b/, /requested treatment\b/, /DWC form RFA\b/],
  },
  {
    type: 'ur_denial',
    weight: 2,
    words: [
      /utilization review\b/,
      /non-?certif/,
      /physician (?:advisor|reviewer)\b/,
      /request for authorization (?:was|has been) (?:reviewed|received)/,
      /request received\b/,
      /independent medical review within\b/,
    ],
  },
  { type: 'imr_application', weight: 3, words: [/application for independent medical review\b/] },
  {
    type: 'medical_legal',
    weight: 1.2,
    words: [
      /apportionment\b/,
      /whole person impairment\b/,
      /maximum medical improvement\b/,
      /permanent (?:and|&) stationary\b/,
      /records? (?:reviewed|review)\b/,
      /causation\b/,
      /disability (?:status|rating)\b/,
      /AMA guides\b/,
      /medical-legal\b/,
    ],
  },
  {
    type: 'pharmacy_record',
    weight: 3,
    words: [/dispensing (?:history|record)\b/, /prescription history\b/, /pharmacy (?:profile|record|history)\b/],
  },
  { type: 'pharmacy_record', weight: 1, words: [/fill(?:ed)?\b[^.]{0,30}\bquantity\b/, /NDC\b/] },
  {
    type: 'therapy_note',
    weight: 1.2,
    words: [
      /therapeutic (?:exercise|activit)/,
      /manual therapy\b/,
      /plan of care\b/,
      /short[- ]term goals?\b/,
      /long[- ]term goals?\b/,
      /neuromuscular re-?education\b/,
      /spinal manipulat/,
      /chiropractic adjustment/,
      /acupuncture\b/,
      /cupping\b/,
      /gait training\b/,
      /physical therapy (?:evaluation|visit|session)\b/,
      /treatment diagnosis\b/,
    ],
  },
  {
    type: 'diagnostic_test',
    weight: 1.5,
    words: [
      /nerve conduction\b/,
      /EMG\b/,
      /distal latenc/,
      /conduction velocit/,
      /motor unit\b/,
      /fibrillation potentials\b/,
      /positive sharp waves\b/,
      /reference range\b/,
      /specimen (?:type|received|source)\b/,
      /gross description\b/,
      /microscopic description\b/,
      /final diagnosis\b/,
    ],
  },
  {
    type: 'imaging_report',
    weight: 1,
    words: [
      /with(?:out)? (?:iv )?contrast\b/,
      /T1\b/,
      /T2\b/,
      /sagittal\b/,
      /axial (?:images|imaging|t\d)/,
      /coronal\b/,
      /views? (?:of|were obtained)\b/,
      /AP views?\b/,
      /lateral views?\b/,
      /oblique views?\b/,
      /echogenic/,
      /ejection fraction\b/,
      /hounsfield\b/,
      /signal (?:intensity|abnormality)\b/,
      /no acute (?:fracture|abnormality|intracranial)\b/,
    ],
    headings: /(?:exam|study|technique|comparison|clinical (?:history|indication))\s*:/,
  },
  {
    type: 'procedure_note',
    weight: 1.3,
    words: [
      /pre-?operative diagnos/,
      /post-?operative diagnos/,
      /estimated blood loss\b/,
      /procedure in detail\b/,
      /description of (?:the )?(?:procedure|operation)\b/,
      /prepped and draped\b/,
      /incision was\b/,
      /was closed with\b/,
      /needle was (?:placed|inserted|advanced)\b/,
      /tolerated the procedure\b/,
      /indications? for (?:the )?(?:procedure|operation)\b/,
    ],
    headings: /anesthesia\s*:|complications\s*:|(?:procedures?|operations?)(?: performed)?\s*:/,
  },
  {
    type: 'consultation',
    weight: 2.5,
    words: [
      /reason for (?:consultation|referral|consult)\b/,
      /thank you for (?:the )?(?:referral|referring|consultation|allowing|asking)\b/,
      /was (?:seen|asked to see)[^.]{0,40}\b(?:consultation|request of)\b/,
      /is (?:seen|asked to see)[^.]{0,40}\b(?:consultation|request of)\b/,
      /referred (?:by|for evaluation)\b/,
      /in consultation\b/,
    ],
  },
  {
    type: 'progress_note',
    weight: 1,
    words: [
      /interval history\b/,
      /returns? (?:today |to (?:the )?clinic |for (?:a )?)?(?:follow|re-?check|recheck)/,
      /follow-?up (?:visit|appointment|of)\b/,
      /work status\b/,
      /since (?:the|her|his|my) last (?:visit|appointment)\b/,
      /continues? to (?:improve|do well)\b/,
    ],
    headings: /(?:subjective|objective|assessment|s|o|a|p)\s*:/,
  },
  {
    type: 'hospital_record',
    weight: 2,
    words: [
      /hospital course\b/,
      /discharge (?:diagnos[ie]s|medications|instructions|condition|date|disposition)\b/,
      /admission date\b/,
      /date of admission\b/,
      /emergency (?:department|room) course\b/,
      /ED course\b/,
      /ER course\b/,
      /disposition\s*:/,
      /discharged (?:home|to)\b/,
    ],
  },
  {
    type: 'correspondence',
    weight: 1.2,
    words: [/sincerely\b/, /thank you for your (?:letter|inquiry)\b/, /please do not hesitate\b/],
    headings: /dear\b/,
  },
];

// Both patterns are matched against lower-cased text without the i flag, which irregexp scans faster (escapes are
// kept as written).
const lowerSource = (pattern: RegExp) =>
  pattern.source.replace(/\\.|[A-Z]/g, (m) => (m.length === 2 ? m : m.toLowerCase()));
/**
 * Every cue's phrases in one pattern, so the text is scanned once for them: one capture group per phrase, grouped
 * under their first letter after one word boundary, so at a word start irregexp tries only the phrases that begin
 * with its letter. Within a letter the phrases keep their order, so each match is the one a plain alternation of
 * all of them would make. `cueOf` says which cue each capture group belongs to.
 */
const WORD_CUES = (() => {
  const byLetter = new Map<string, { cue: number; source: string }[]>();
  BODY_CUES.forEach((cue, i) => {
    for (const phrase of cue.words) {
      const source = lowerSource(phrase);
      if (!/^[a-z][^?*+{]/.test(source)) throw new Error(`A body cue must start with a letter: /${phrase.source}/`);
      const letter = source.charAt(0);
      byLetter.set(letter, [...(byLetter.get(letter) ?? []), { cue: i, source }]);
    }
  });
  const groups = [...byLetter].map(
    ([letter, phrases]) => `${letter}(?:${phrases.map((p) => `(${p.source.slice(1)})`).join('|')})`,
  );
  return {
    pattern: new RegExp(`\\b(?:${groups.join('|')})`, 'g'),
    cueOf: [...byLetter.values()].flatMap((phrases) => phrases.map((p) => p.cue)),
  };
})();
const HEADING_CUE_OF = BODY_CUES.flatMap((cue, i) => (cue.headings ? [i] : []));
/**
 * Every cue's line-opening headings, one capture group per cue that has them (HEADING_CUE_OF maps them back). Read
 * after a newline rather than at ^ in multiline mode, so irregexp skips from one newline to the next.
 */
const HEADING_CUES = new RegExp(
  `\\n\\s*(?:${HEADING_CUE_OF.map((i) => `(${lowerSource(BODY_CUES[i]?.headings ?? /(?!)/)})`).join('|')})`,
  'g',
);

/**
 * The section headings of a history and physical, at a line's start or after a full stop or colon; each distinct one
 * found adds a little to "consultation". Read in the lower-cased text after a newline, like HEADING_CUES.
 */
const HISTORY_SECTIONS =
  /(?:\n|[.:]\s*)(history of present(?:ing)? illness|hpi|past medical history|pmh|past surgical history|psh|social history|sh|family history|fh|review of systems|ros|allergies|chief complaint|cc|physical exam(?:ination)?|(?:current )?medications)\s*:/g;
const HISTORY_SECTION_WEIGHT = 0.55;

/** Document type of an encounter from its opening lines (titles) and its text (cues), with a confidence. */
export function classifyEncounterType(openingLines: readonly string[], body: string): TypeGuess {
  // A letterhead ("Jane Roe, MD - Seaside Imaging Center") names the practice, not the document: titles first.
  const titles = openingLines.filter(looksLikeTitle);
  for (const line of [...titles.filter((l) => !LETTERHEAD.test(l)), ...titles.filter((l) => LETTERHEAD.test(l))]) {
    const rule = titleRuleOf(line);
    if (rule) return { type: rule, confidence: 0.92, title: line.trim() };
  }
  if (body === '') return { type: 'other', confidence: 0.2, title: null };
  const scores = new Map<DocumentType, number>();
  const text = body.slice(0, 4000);
  const counts = new Array<number>(BODY_CUES.length).fill(0);
  const lower = text.toLowerCase();
  const { pattern, cueOf } = WORD_CUES;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
    const cue = cueOf[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
    if (cue !== undefined) counts[cue] = (counts[cue] ?? 0) + 1;
  }
  const lines = `\n${lower}`;
  for (const m of lines.matchAll(HEADING_CUES)) {
    const cue = HEADING_CUE_OF[m.slice(1).findIndex((g) => g !== undefined)];
    if (cue !== undefined) counts[cue] = (counts[cue] ?? 0) + 1;
  }
  BODY_CUES.forEach(({ type, weight }, i) => {
    const count = counts[i] ?? 0;
    if (count > 0) scores.set(type, (scores.get(type) ?? 0) + weight * Math.min(count, 4));
  });
  const sections = new Set([...lines.matchAll(HISTORY_SECTIONS)].map((m) => m[1] ?? ''));
  if (sections.size > 0)
    scores.set('consultation', (scores.get('consultation') ?? 0) + HISTORY_SECTION_WEIGHT * sections.size);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 1) return { type: 'other', confidence: 0.2, title: null };
  const margin = best[1] - (second?.[1] ?? 0);
  return { type: best[0], confidence: Math.min(0.8, 0.4 + margin / 10), title: null };
}

/** A heading rather than a sentence: short, mostly capitalised words, not ending like prose. */
export const looksLikeTitle = createLineCache(readTitleShape);

const TITLE_SEPARATOR = /\s+[-–|]\s+/;

function readTitleShape(line: string): boolean {
  // "PROGRESS REPORT - Jane Roe, MD - Date of service: …": the heading is its first part.
  const trimmed = line.trim();
  const separator = TITLE_SEPARATOR.exec(trimmed);
  const t = separator ? trimmed.slice(0, separator.index) : trimmed;
  if (t.length < 3 || t.length > 120) return false;
  const words = t.split(/\s+/);
  if (words.length > 14) return false;
  const upper = t === t.toUpperCase();
  if (/[.;,]$/.test(t) && !upper) return false;
  const label = /^([^:]{1,40}):\s*\S/.exec(t);
  if (label && (label[1] ?? '').split(/\s+/).length > 4) return false;
  const lettered = words.filter((w) => /[A-Za-z]/.test(w));
  const capitalised = lettered.filter(
    (w) => /^[^a-z]*[A-Z]/.test(w) || /^(?:of|and|the|for|with|without|to|in|on|at|a|an|or|&)$/.test(w),
  );
  return lettered.length > 0 && capitalised.length / lettered.length >= 0.6;
}
