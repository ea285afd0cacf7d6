import type { SeededRandom } from '../../../shared/random/createSeededRandom';

/** The facts of one case, from which a UR letter and reviewer summaries are written independently. */
interface Facts {
  age: number;
  sex: 'female' | 'male';
  doi: string;
  part: string;
  mechanism: string;
  complaint: string;
  pain: number;
  exam: string;
  imaging: string;
  treatment: string;
  request: string;
  visitDate: string;
}

const PARTS = [
  ['low back', 'lumbar'],
  ['neck', 'cervical'],
  ['right shoulder', 'shoulder'],
  ['left knee', 'knee'],
  ['right wrist', 'wrist'],
] as const;
const MECHANISMS = [
  'lifting a heavy box',
  'a fall from a ladder',
  'repetitive overhead work',
  'a motor vehicle accident while driving for work',
  'pulling a pallet jack',
  'slipping on a wet floor',
];
const EXAMS = [
  'tenderness and limited range of motion',
  'a positive straight leg raise on the left and diminished sensation in the L5 dermatome',
  'positive impingement signs and weakness of external rotation',
  'medial joint line tenderness and a positive McMurray test',
  'a positive Tinel sign and decreased grip strength',
  'paraspinal spasm without focal neurologic deficit',
];
const IMAGING = [
  'an MRI showing a disc protrusion without nerve root compression',
  'an MRI showing a partial-thickness rotator cuff tear',
  'an MRI showing a medial meniscus tear',
  'x-rays showing degenerative changes',
  'electrodiagnostic studies showing mild carpal tunnel syndrome',
];
const TREATMENTS = [
  'medications, physical therapy and a home exercise program',
  'chiropractic care, acupuncture and medications',
  'NSAIDs, a brace and activity modification',
  'opioid medication, muscle relaxants and injections',
  'physical therapy and a cortisone injection',
];
const REQUESTS = [
  'a repeat MRI',
  'additional physical therapy',
  'continued opioid medication',
  'a topical compound cream',
  'an epidural steroid injection',
  'arthroscopic surgery',
];

function date(rng: SeededRandom, yearFrom: number, yearTo: number): string {
  return `${rng.int(1, 12)}/${rng.int(1, 28)}/${String(rng.int(yearFrom, yearTo)).slice(2)}`;
}

export function randomFacts(rng: SeededRandom): Facts {
  const [part, adjective] = rng.pick(PARTS);
  return {
    age: rng.int(24, 66),
    sex: rng.chance(0.5) ? 'female' : 'male',
    doi: date(rng, 2008, 2016),
    part,
    mechanism: rng.pick(MECHANISMS),
    complaint: `${adjective} pain`,
    pain: rng.int(4, 9),
    exam: rng.pick(EXAMS),
    imaging: rng.pick(IMAGING),
    treatment: rng.pick(TREATMENTS),
    request: rng.pick(REQUESTS),
    visitDate: date(rng, 2017, 2019),
  };
}

/** The UR letter: header, clinical summary and rationale, in a UR vendor's wording. */
export function urLetter(f: Facts): { text: string; summarySentences: string[]; rationaleSentences: string[] } {
  const summarySentences = [
    `The patient is a ${f.age} year old ${f.sex} who sustained an industrial injury on ${f.doi}.`,
    `The mechanism of injury was ${f.mechanism}.`,
    `The patient has ongoing complaints of ${f.complaint} involving the ${f.part}.`,
    `According to the ${f.visitDate} progress report, the patient complains of pain rated ${f.pain}/10.`,
    `Physical examination revealed ${f.exam}.`,
    `Diagnostic studies have included ${f.imaging}.`,
    `Treatment to date has included ${f.treatment}.`,
    `The provider is requesting ${f.request}.`,
  ];
  const rationaleSentences = [
    `Guidelines support ${f.request} only when there is objective evidence of functional improvement or a significant change in clinical findings.`,
    `In this case there is no documentation of a significant change in symptoms or objective findings since the prior evaluation.`,
    `There is also no documentation of objective functional improvement with the treatment rendered to date.`,
    `Therefore, the request for ${f.request} is non-certified.`,
  ];
  const text = [
    'UTILIZATION REVIEW DETERMINATION',
    'Claims administrator: Western Claims Services.',
    `Clinical summary: ${summarySentences.join(' ')}`,
    `Rationale: ${rationaleSentences.join(' ')}`,
    'Peer reviewer: board certified in physical medicine and rehabilitation.',
  ].join('\n');
  return { text, summarySentences, rationaleSentences };
}

/** The reviewer's own summary of the same records: the same facts, written from the records in other words. */
export function ownSummary(rng: SeededRandom, f: Facts): string {
  const who = f.sex === 'female' ? 'woman' : 'man';
  const pronoun = f.sex === 'female' ? 'She' : 'He';
  const parts = [
    rng.pick([
      `This ${f.age}-year-old ${who} hurt ${f.sex === 'female' ? 'her' : 'his'} ${f.part} at work on ${f.doi} through ${f.mechanism}.`,
      `A ${who} aged ${f.age} was injured on ${f.doi}; the injury came from ${f.mechanism}.`,
    ]),
    rng.pick([
      `At the visit of ${f.visitDate} ${pronoun.toLowerCase()} described ${f.complaint} at ${f.pain} out of 10, worse with activity and sleep disturbed.`,
      `${pronoun} was last seen on ${f.visitDate}, when the ${f.part} pain was graded ${f.pain}/10 and limited daily activities.`,
    ]),
    rng.pick([`On that visit the treating doctor found ${f.exam}.`, `The examiner recorded ${f.exam} at that visit.`]),
    rng.pick([`Earlier work-up includes ${f.imaging}.`, `The file contains ${f.imaging}.`]),
    rng.pick([
      `So far ${pronoun.toLowerCase()} has had ${f.treatment}, with partial relief.`,
      `Care has consisted of ${f.treatment}; relief was partial and temporary.`,
    ]),
    `The current request is for ${f.request}.`,
  ];
  return parts.join(' ');
}

const SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bThe patient is a\b/g, 'This claimant is a'],
  [/\bpatient\b/g, 'claimant'],
  [/\bsustained an industrial injury\b/g, 'was injured at work'],
  [/\bongoing complaints of\b/g, 'continued complaints of'],
  [/\bAccording to\b/g, 'Per'],
  [/\bcomplains of\b/g, 'reports'],
  [/\bPhysical examination revealed\b/g, 'Examination showed'],
  [/\bhave included\b/g, 'included'],
  [/\bhas included\b/g, 'consisted of'],
  [/\bis requesting\b/g, 'requests'],
  [/\bThe mechanism of injury was\b/g, 'The injury occurred from'],
  [/\binvolving\b/g, 'of'],
  [/\brated\b/g, 'graded'],
  [/\bsignificant\b/g, 'meaningful'],
  [/\bthere is no documentation\b/g, 'the records do not document'],
  [/\bTreatment to date\b/g, 'Care to date'],
  [/\bDiagnostic studies\b/g, 'Studies'],
  [/\bindustrial\b/g, 'work'],
  [/\bprogress report\b/g, 'progress note'],
];

/** The UR text lightly reworded: synonyms for stock phrases, so that about half of its 5-word runs survive. */
export function lightlyReworded(rng: SeededRandom, sentences: readonly string[]): string {
  return sentences
    .map((s) => {
      let out = s;
      for (const [pattern, replacement] of SYNONYMS) if (rng.chance(0.75)) out = out.replace(pattern, replacement);
      if (rng.chance(0.3)) out = out.replace(/, /, ' and ').replace(/\bthe\b /, '');
      return out;
    })
    .join(' ');
}
