import type { DocumentType } from '../../../shared/domain';

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

function titleRuleOf(line: string): DocumentType | null {
  let best = TITLE_RULES.length;
  for (const m of line.matchAll(ALL_TITLES)) {
    const rule = m.slice(1).findIndex((g) => g !== undefined);
    if (rule >= 0 && rule < best) best = rule;
  }
  return TITLE_RULES[best]?.[1] ?? null;
}

const LETTERHEAD =
  /,\s*(?:M\.?D|D\.?O|D\.?C|PT|DPT|LAc|PA-C|NP|PhD)\b.*\s[-–|]\s|\b(?:inc|llc|center|centre|clinic|associates|group|institute)\b\W*(?:\(demo\))?\W*$/i;

/**
 * Words in the body that point to a type when no title does, weighed; the best total wins. Section headings a
 * type always has weigh most (REASON FOR CONSULTATION, HOSPITAL COURSE, TECHNIQUE); words every note may hold
 * (IMPRESSION, PLAN) weigh little.
 */
const BODY_CUES: [RegExp, DocumentType, number][] = [
  [/\brequest(?:ed)? (?:for )?authori[sz]ation\b|\brequested treatment\b|\bDWC form RFA\b/gi, 'rfa', 2.5],
  [
    /\butilization review\b|\bnon-?certif|\bphysician (?:advisor|reviewer)\b|\brequest for authorization (?:was|has been) (?:reviewed|received)|\brequest received\b|\bindependent medical review within\b/gi,
    'ur_denial',
    2,
  ],
  [/\bapplication for independent medical review\b/gi, 'imr_application', 3],
  [
    /\bapportionment\b|\bwhole person impairment\b|\bmaximum medical improvement\b|\bpermanent (?:and|&) stationary\b|\brecords? (?:reviewed|review)\b|\bcausation\b|\bdisability (?:status|rating)\b|\bAMA guides\b|\bmedical-legal\b/gi,
    'medical_legal',
    1.2,
  ],
  [
    /\bdispensing (?:history|record)\b|\bprescription history\b|\bpharmacy (?:profile|record|history)\b/gi,
    'pharmacy_record',
    3,
  ],
  [/\bfill(?:ed)?\b[^.]{0,30}\bquantity\b|\bNDC\b/gi, 'pharmacy_record', 1],
  [
    /\btherapeutic (?:exercise|activit)|\bmanual therapy\b|\bplan of care\b|\bshort[- ]term goals?\b|\blong[- ]term goals?\b|\bneuromuscular re-?education\b|\bspinal manipulat|\bchiropractic adjustment|\bacupuncture\b|\bcupping\b|\bgait training\b|\bphysical therapy (?:evaluation|visit|session)\b|\btreatment diagnosis\b/gi,
    'therapy_note',
    1.2,
  ],
  [
    /\bnerve conduction\b|\bEMG\b|\bdistal latenc|\bconduction velocit|\bmotor unit\b|\bfibrillation potentials\b|\bpositive sharp waves\b|\breference range\b|\bspecimen (?:type|received|source)\b|\bgross description\b|\bmicroscopic description\b|\bfinal diagnosis\b/gi,
    'diagnostic_test',
    1.5,
  ],
  [
    /^\s*(?:exam|study|technique|comparison|clinical (?:history|indication))\s*:|\bwith(?:out)? (?:iv )?contrast\b|\bT1\b|\bT2\b|\bsagittal\b|\baxial (?:images|imaging|t\d)|\bcoronal\b|\bviews? (?:of|were obtained)\b|\b(?:AP|lateral|oblique) views?\b|\bechogenic|\bejection fraction\b|\bhounsfield\b|\bsignal (?:intensity|abnormality)\b|\bno acute (?:fracture|abnormality|intracranial)\b/gim,
    'imaging_report',
    1,
  ],
  [
    /\bpre-?operative diagnos|\bpost-?operative diagnos|^\s*anesthesia\s*:|\bestimated blood loss\b|\bprocedure in detail\b|\bdescription of (?:the )?(?:procedure|operation)\b|\bprepped and draped\b|\bincision was\b|\bwas closed with\b|\bneedle was (?:placed|inserted|advanced)\b|\btolerated the procedure\b|^\s*complications\s*:|\bindications? for (?:the )?(?:procedure|operation)\b|^\s*(?:procedures?|operations?)(?: performed)?\s*:/gim,
    'procedure_note',
    1.3,
  ],
  [
    /\breason for (?:consultation|referral|consult)\b|\bthank you for (?:the )?(?:referral|referring|consultation|allowing|asking)\b|\b(?:was|is) (?:seen|asked to see)[^.]{0,40}\b(?:consultation|request of)\b|\breferred (?:by|for evaluation)\b|\bin consultation\b/gi,
    'consultation',
    2.5,
  ],
  [
    /^\s*(?:subjective|objective|assessment|s|o|a|p)\s*:|\binterval history\b|\breturns? (?:today |to (?:the )?clinic |for (?:a )?)?(?:follow|re-?check|recheck)|\bfollow-?up (?:visit|appointment|of)\b|\bwork status\b|\bsince (?:the|her|his|my) last (?:visit|appointment)\b|\bcontinues? to (?:improve|do well)\b/gim,
    'progress_note',
    1,
  ],
  [
    /\bhospital course\b|\bdischarge (?:diagnos[ie]s|medications|instructions|condition|date|disposition)\b|\badmission date\b|\bdate of admission\b|\bemergency (?:department|room) course\b|\b(?:ED|ER) course\b|\bdisposition\s*:|\bdischarged (?:home|to)\b/gi,
    'hospital_record',
    2,
  ],
  [
    /^\s*dear\b|\bsincerely\b|\bthank you for your (?:letter|inquiry)\b|\bplease do not hesitate\b/gim,
    'correspondence',
    1.2,
  ],
];

/** Every cue in one pattern, one capture group each, so the text is scanned once. */
// Matched against lower-cased text without the i flag, which irregexp scans faster (escapes are kept as written).
const ALL_CUES = new RegExp(
  BODY_CUES.map(
    ([pattern]) => `(${pattern.source.replace(/\\.|[A-Z]/g, (m) => (m.length === 2 ? m : m.toLowerCase()))})`,
  ).join('|'),
  'gm',
);

/** The section headings of a history and physical; each distinct one found adds a little to "consultation". */
const HISTORY_SECTIONS =
  /(?:^|[.:]\s*)(history of present(?:ing)? illness|hpi|past medical history|pmh|past surgical history|psh|social history|sh|family history|fh|review of systems|ros|allergies|chief complaint|cc|physical exam(?:ination)?|(?:current )?medications)\s*:/gim;
const HISTORY_SECTION_WEIGHT = 0.55;

/** Document type of an encounter from its opening lines (titles) and its text (cues), with a confidence. */
export function classifyEncounterType(openingLines: readonly string[], body: string): TypeGuess {
  // A letterhead ("Jane Roe, MD - Seaside Imaging Center") names the practice, not the document: titles first.
  const titles = openingLines.filter(looksLikeTitle);
  for (const line of [...titles.filter((l) => !LETTERHEAD.test(l)), ...titles.filter((l) => LETTERHEAD.test(l))]) {
    const rule = titleRuleOf(line);
    if (rule) return { type: rule, confidence: 0.92, title: line.trim() };
  }
  const scores = new Map<DocumentType, number>();
  const text = body.slice(0, 4000);
  const counts = new Array<number>(BODY_CUES.length).fill(0);
  for (const m of text.toLowerCase().matchAll(ALL_CUES)) {
    const cue = m.slice(1).findIndex((g) => g !== undefined);
    if (cue >= 0) counts[cue] = (counts[cue] ?? 0) + 1;
  }
  BODY_CUES.forEach(([, type, weight], i) => {
    const count = counts[i] ?? 0;
    if (count > 0) scores.set(type, (scores.get(type) ?? 0) + weight * Math.min(count, 4));
  });
  const sections = new Set([...text.matchAll(HISTORY_SECTIONS)].map((m) => (m[1] ?? '').toLowerCase()));
  if (sections.size > 0)
    scores.set('consultation', (scores.get('consultation') ?? 0) + HISTORY_SECTION_WEIGHT * sections.size);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 1) return { type: 'other', confidence: 0.2, title: null };
  const margin = best[1] - (second?.[1] ?? 0);
  return { type: best[0], confidence: Math.min(0.8, 0.4 + margin / 10), title: null };
}

/** A heading rather than a sentence: short, mostly capitalised words, not ending like prose. */
export function looksLikeTitle(line: string): boolean {
  // "PROGRESS REPORT - Jane Roe, MD - Date of service: …": the heading is its first part.
  const t = line.trim().split(/\s+[-–|]\s+/)[0] ?? '';
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
