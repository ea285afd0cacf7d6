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
    /\bprogress (?:note|report)\b|\bPR-?2\b|\bfollow[- ]?up (?:visit|note|evaluation|report)?\b|\boffice (?:visit|note)\b|\bclinic (?:visit|note)\b|\bchart note\b|\bSOAP note\b|\bre-?evaluation\b|\bre-?check\b|\breturn visit\b|\bvisit note\b/i,
    'progress_note',
  ],
  [/^\W*(?:dear\b|to whom it may concern)|\bletter\b|\bcorrespondence\b|\bmemorandum\b/i, 'correspondence'],
];

const LETTERHEAD =
  /,\s*(?:M\.?D|D\.?O|D\.?C|PT|DPT|LAc|PA-C|NP|PhD)\b.*\s[-–|]\s|\b(?:inc|llc|center|centre|clinic|associates|group|institute)\b\W*(?:\(demo\))?\W*$/i;

/** Words in the body that point to a type when no title does; weighed, the best score wins. */
const BODY_CUES: [RegExp, DocumentType, number][] = [
  [/\brequest(?:ed)? (?:for )?authori[sz]ation\b|\brequested treatment\b/gi, 'rfa', 2],
  [/\butilization review\b|\bnon-?certif|\bnot medically necessary\b|\bguideline criteria\b|\bphysician (?:advisor|reviewer)\b/gi, 'ur_denial', 1.5],
  [/\bindependent medical review\b/gi, 'imr_application', 1.5],
  [/\bapportionment\b|\bwhole person impairment\b|\bmaximum medical improvement\b|\bMMI\b|\bcausation\b|\bfuture medical care\b|\brecords reviewed\b|\bpermanent (?:and|&) stationary\b|\bdisability (?:status|rating)\b/gi, 'medical_legal', 1],
  [/\bdispensed\b|\bfill(?:ed)? date\b|\bquantity\b|\brefills?\b|\bpharmacy\b|\bNDC\b|#\s?\d+/gi, 'pharmacy_record', 0.6],
  [/\btherapeutic (?:exercise|activit)|\bmanual therapy\b|\bmodalit|\bplan of care\b|\bvisit (?:#|number|\d)|\bshort[- ]term goals?\b|\blong[- ]term goals?\b|\bhome exercise program\b|\bneuromuscular re-?education\b|\bspinal manipulat|\badjustment\b|\bacupuncture\b|\bneedles?\b|\bcupping\b|\bgait training\b/gi, 'therapy_note', 1],
  [/\bnerve conduction\b|\bEMG\b|\blatenc(?:y|ies)\b|\bamplitude\b|\bmotor unit\b|\bfibrillation\b|\bpositive sharp waves\b|\breference range\b|\bspecimen\b|\bresults?:|\bnegative for\b|\bWBC\b|\bhemoglobin\b|\bECG\b|\bEKG\b|\bsinus rhythm\b/gi, 'diagnostic_test', 0.8],
  [/\bimpression:|\bfindings:|\btechnique:|\bcomparison:|\bcontrast\b|\bT1\b|\bT2\b|\bsagittal\b|\baxial images?\b|\bcoronal\b|\bviews? (?:of|were obtained)\b|\bradiologist\b|\bexam(?:ination)?:|\bsignal\b|\bechogenic|\bejection fraction\b|\bventric/gi, 'imaging_report', 0.9],
  [/\bpre-?operative diagnos|\bpost-?operative diagnos|\banesthesia:|\bestimated blood loss\b|\bprocedure in detail\b|\bdescription of (?:the )?procedure\b|\bprepped and draped\b|\bincision\b|\bsutur|\bneedle was\b|\bfluoroscop|\btolerated the procedure\b|\bspecimens?:|\bcomplications:|\bindications? for (?:the )?procedure\b/gi, 'procedure_note', 1],
  [/\bchief complaint\b|\bhistory of present illness\b|\bpast medical history\b|\bsocial history\b|\bfamily history\b|\breview of systems\b|\breason for (?:consultation|referral|visit)\b|\bthank you for (?:the|this|allowing|referring)\b|\breferred (?:by|for)\b/gi, 'consultation', 0.45],
  [/\bsubjective:|\bobjective:|\bassessment:|\bplan:|\binterval history\b|\breturns? (?:today |to clinic |for )?(?:follow|re-?check|for)\b|\bfollow[- ]?up\b|\bwork status\b|\bsince (?:the|her|his) last visit\b|\bcontinue (?:current|the same)\b/gi, 'progress_note', 0.6],
  [/\bhospital course\b|\bdischarge (?:diagnos|medications|instructions|condition|date)\b|\badmission date\b|\bemergency (?:department|room)\b|\bED course\b|\btriage\b|\badmitted\b|\bdisposition:/gi, 'hospital_record', 1],
  [/^\s*dear\b|\bsincerely\b|\bthank you for (?:your|the) (?:referral|letter)\b|\bre:\s|\bcc:/gim, 'correspondence', 0.8],
];

/** Document type of an encounter from its opening lines (titles) and its text (cues), with a confidence. */
export function classifyEncounterType(openingLines: readonly string[], body: string): TypeGuess {
  // A letterhead ("Jane Roe, MD - Seaside Imaging Center") names the practice, not the document: titles first.
  const titles = openingLines.filter(looksLikeTitle);
  for (const line of [...titles.filter((l) => !LETTERHEAD.test(l)), ...titles.filter((l) => LETTERHEAD.test(l))]) {
    const hit = TITLE_RULES.find(([pattern]) => pattern.test(line));
    if (hit) return { type: hit[1], confidence: 0.92, title: line.trim() };
  }
  const scores = new Map<DocumentType, number>();
  const text = body.slice(0, 6000);
  for (const [pattern, type, weight] of BODY_CUES) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > 0) scores.set(type, (scores.get(type) ?? 0) + weight * Math.min(count, 4));
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 1) return { type: 'other', confidence: 0.2, title: null };
  const margin = best[1] - (second?.[1] ?? 0);
  return { type: best[0], confidence: Math.min(0.8, 0.4 + margin / 10), title: null };
}

/** A heading rather than a sentence: short, and not ending like prose. */
export function looksLikeTitle(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 140) return false;
  const words = t.split(/\s+/).length;
  if (words > 16) return false;
  return !/[a-z]{3,}[.!?]\s+[A-Z][a-z]+ [a-z]+/.test(t);
}
