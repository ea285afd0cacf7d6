import type { SeededRandom } from '../../../shared/random/createSeededRandom';

export type Meaning = 'necessary' | 'not_necessary';

/** One concluding sentence as physicians write it, labelled with the reviewer's own conclusion. */
export interface LabelledConclusion {
  text: string;
  meaning: Meaning;
  /** Which way of writing it: for the per-form figures. */
  form: string;
}

const flipOf = (m: Meaning): Meaning => (m === 'necessary' ? 'not_necessary' : 'necessary');

const OPENERS = [
  'Therefore, ',
  'Thus, ',
  'Accordingly, ',
  'As such, ',
  'Consequently, ',
  'Based on the above, ',
  'In conclusion, ',
  'For these reasons, ',
  'Based on the records reviewed, ',
  'At this time, ',
  '',
  '',
];
const HEDGES = ['', '', '', 'it appears that ', 'in my opinion, ', 'it is my opinion that ', 'I believe that '];

/** Subjects that refer to the request; {item} is the item's name. */
const SUBJECTS = [
  'the request for {item}',
  'the requested {item}',
  'the request',
  'this request',
  '{item}',
  'the {short}',
  'the request for the {short}',
];

const PREDICATES: Record<Meaning, Array<[string, string]>> = {
  necessary: [
    ['{be} medically necessary', 'mn'],
    ['{be} medically necessary and appropriate', 'mn'],
    ['{be} medically reasonable and necessary', 'mn'],
    ['{be} medically indicated', 'mn'],
    ['meets guideline criteria', 'criteria'],
    ['meets the MTUS criteria', 'criteria'],
    ['meets ODG criteria and is medically necessary', 'criteria'],
    ['satisfies the applicable guideline criteria', 'criteria'],
    ['{be} supported by the guidelines', 'weak'],
    ['{be} recommended', 'weak'],
    ['{be} warranted', 'weak'],
    ['{be} certified', 'certify'],
    ['should be authorized', 'authorize'],
    ['is approved', 'authorize'],
    ['can be authorized', 'authorize'],
    ['{be} not medically unnecessary', 'double-negative'],
    ['cannot be considered not medically necessary', 'double-negative'],
    ['{be} not unreasonable', 'double-negative'],
    ['{be} consistent with guideline recommendations', 'criteria'],
    ['{be} in accordance with the ODG criteria', 'criteria'],
    ['does not fail to meet guideline criteria', 'double-negative'],
  ],
  not_necessary: [
    ['{be} not medically necessary', 'mn'],
    ['{be} not medically necessary and appropriate', 'mn'],
    ['{be} medically unnecessary', 'mn'],
    ['cannot be considered medically necessary', 'mn'],
    ['has not been shown to be medically necessary', 'mn'],
    ['{be} neither reasonable nor medically necessary', 'mn'],
    ['does not meet guideline criteria', 'criteria'],
    ['does not meet the MTUS criteria', 'criteria'],
    ['fails to meet ODG criteria', 'criteria'],
    ['falls short of the guideline criteria', 'criteria'],
    ['{be} not supported by the guidelines', 'weak'],
    ['{be} not recommended', 'weak'],
    ['{be} not warranted', 'weak'],
    ['{be} non-certified', 'certify'],
    ['{be} not certified', 'certify'],
    ['should be denied', 'authorize'],
    ['cannot be authorized', 'authorize'],
    ['{be} not approved', 'authorize'],
    ['{be} inconsistent with MTUS recommendations', 'criteria'],
    ['exceeds the guideline recommendations', 'criteria'],
    ['is not, at this time, medically necessary', 'mn'],
  ],
};

/** Whole-sentence forms that do not follow subject + predicate. */
const WHOLE: Record<Meaning, Array<[string, string]>> = {
  necessary: [
    ['Medical necessity for the {short} has been established.', 'noun'],
    ['The records establish the medical necessity of the request.', 'noun'],
    ['Guideline criteria for the {short} have been met.', 'criteria'],
    ['I find the request for {item} medically necessary.', 'own'],
    ['This reviewer recommends authorization of the request for {item}.', 'authorize'],
    ['Authorization of the {short} is recommended.', 'authorize'],
    ['Therefore, the UR decision is overturned.', 'outcome'],
    ['The UR decision to deny the {short} was incorrect.', 'outcome'],
    ['Conclusion: medically necessary.', 'mn'],
    ['The prior non-certification is reversed and the request is medically necessary.', 'outcome'],
    ['I would overturn the utilization review denial of the {short}.', 'outcome'],
    ['It is not the case that the request for {item} is not medically necessary.', 'double-negative'],
    ['I cannot agree that the request is not medically necessary.', 'double-negative'],
    [
      'Although the UR reviewer found the request not medically necessary, the request for {item} is medically necessary.',
      'ur-then-own',
    ],
    ['While utilization review non-certified the {short}, this reviewer finds it medically necessary.', 'ur-then-own'],
    [
      'The UR determined the request did not meet guideline criteria; however, the request for {item} is medically necessary.',
      'ur-then-own',
    ],
    [
      'Utilization review denied the {short}, but the records show it meets guideline criteria and the request is medically necessary.',
      'ur-then-own',
    ],
    ['Contrary to the UR determination, the request for {item} is medically necessary.', 'ur-then-own'],
    ['I disagree with the prior non-certification; the request for {item} is medically necessary.', 'ur-then-own'],
    ['I disagree with the UR reviewer that the request is not medically necessary.', 'ur-then-own'],
    [
      'The requesting physician feels the {short} is necessary, and I agree that the request is medically necessary.',
      'ur-then-own',
    ],
  ],
  not_necessary: [
    ['Medical necessity for the {short} has not been established.', 'noun'],
    ['The records do not establish the medical necessity of the request.', 'noun'],
    ['Guideline criteria for the {short} have not been met.', 'criteria'],
    ['The criteria for the requested {short} are not met.', 'criteria'],
    ['I do not find the request for {item} medically necessary.', 'own'],
    ['I recommend denial of the request for {item}.', 'authorize'],
    ['Denial of the request is recommended.', 'authorize'],
    ['Authorization of the {short} is not recommended.', 'authorize'],
    ['Therefore, the UR decision is upheld.', 'outcome'],
    ['The prior non-certification was appropriate.', 'outcome'],
    ['Conclusion: not medically necessary.', 'mn'],
    ['The prior utilization review non-certification of the {short} is upheld.', 'outcome'],
    ['I uphold the denial of the {short}.', 'outcome'],
    ['It is not true that the request for {item} is medically necessary.', 'double-negative'],
    ['There is no documentation that the {short} is medically necessary.', 'double-negative'],
    [
      'Although the treating physician states the {short} is medically necessary, the request for {item} is not medically necessary.',
      'ur-then-own',
    ],
    [
      'The requesting provider believes the request is medically necessary; however, it does not meet guideline criteria.',
      'ur-then-own',
    ],
    ['While the patient reports benefit, the request for {item} is not medically necessary.', 'ur-then-own'],
    ['I agree with the UR reviewer that the request for {item} is not medically necessary.', 'ur-then-own'],
    ['I agree with the prior non-certification of the {short}.', 'ur-then-own'],
    [
      'The primary treating physician opined that the {short} is medically necessary, but the request does not meet guideline criteria.',
      'ur-then-own',
    ],
  ],
};

/** Sentences that state no conclusion of the reviewer's: reported views, guideline statements, hypotheticals, facts. */
export const NON_CONCLUSIONS = [
  'The UR reviewer determined that the request was not medically necessary.',
  'Utilization review non-certified the request on 4/3/14.',
  'The request was previously denied by the claims administrator.',
  'The treating physician believes the {short} is medically necessary.',
  'The requesting provider states that the request is medically necessary to allow a return to work.',
  'Per the UR determination, the request did not meet guideline criteria.',
  'According to the prior reviewer, medical necessity was not established.',
  'The patient reports that the medication is necessary for her to function.',
  'Dr. Reyes opined that the surgery is medically necessary.',
  'The prior UR physician found the {short} medically necessary for only 2 visits.',
  'The MTUS recommends imaging studies when there are red flag conditions or physiologic evidence of neurologic dysfunction.',
  'ODG does not recommend long-term use of opioids without documented functional improvement.',
  'Guidelines state that an MRI is medically necessary when red flags are present.',
  'The MTUS considers physical therapy medically necessary for up to 10 visits for myalgia.',
  'ACOEM supports surgery when there is clear clinical and imaging evidence of a lesion.',
  'Guidelines indicate that injections may be medically necessary if radiculopathy is documented on examination.',
  'CA MTUS guidelines do not support compounded topical analgesics containing a drug that is not recommended.',
  'ODG criteria for a repeat MRI include a significant change in symptoms or findings.',
  'The request would be medically necessary if objective functional improvement were documented.',
  'Further sessions may be medically necessary once functional improvement is shown.',
  'A repeat study may be appropriate if her symptoms change.',
  'Whether the request is medically necessary depends on documented functional gains.',
  'The 6/6/14 progress note documents tenderness and a positive Spurling test on the left.',
  'There is no documentation of functional improvement with the prior sessions.',
  'She denies bowel or bladder dysfunction.',
  'The patient was approved for six visits of therapy in 2013.',
  'The patient has completed 12 sessions of physical therapy with reported benefit.',
  'Electrodiagnostic studies showed a mild left C6 radiculopathy.',
  'There are no red flags on the most recent examination.',
  'The medical necessity of the request was reviewed against the MTUS.',
  'The surgeon is board certified in orthopedic surgery.',
  'Her pain is rated 7/10 and is not relieved by rest.',
  'An earlier course of therapy was not medically necessary.',
];

/** Closing remarks that may follow the conclusion in a real rationale. */
export const CLOSING_REMARKS = [
  'The patient should continue her home exercise program.',
  'Follow-up with the treating physician in 4 weeks is advised.',
  'A weaning schedule should be considered by the prescriber.',
  'The records were reviewed in full.',
  'Reassessment after the course is advised.',
  'Her symptoms should be monitored.',
  'The provider may submit updated documentation.',
];

function fill(template: string, item: string, short: string, be: string): string {
  return template.replaceAll('{item}', item).replaceAll('{short}', short).replaceAll('{be}', be);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Labelled concluding sentences for one item, in many of the ways physicians write them, both polarities. */
export function conclusionSentences(
  rng: SeededRandom,
  item: string,
  short: string,
  count: number,
): LabelledConclusion[] {
  const out: LabelledConclusion[] = [];
  for (let i = 0; i < count; i++) {
    const meaning: Meaning = rng.chance(0.5) ? 'necessary' : 'not_necessary';
    if (rng.chance(0.35)) {
      const [template, form] = rng.pick(WHOLE[meaning]);
      out.push({ text: fill(template, item, short, 'is'), meaning, form });
      continue;
    }
    const [predicate, form] = rng.pick(PREDICATES[meaning]);
    const subject = rng.pick(SUBJECTS);
    const be = rng.chance(0.25) ? 'was' : 'is';
    const hedge = rng.pick(HEDGES);
    const opener = rng.pick(OPENERS);
    const body = `${hedge}${fill(subject, item, short, be)} ${fill(predicate, item, short, be)}`;
    const tail = rng.chance(0.2)
      ? rng.pick([
          ' at this time',
          ' because no red flags are documented',
          ', as functional improvement is documented',
          ' for this patient',
        ])
      : '';
    out.push({ text: `${capitalise(`${opener}${body}`)}${tail}.`, meaning, form });
  }
  return out;
}

export function nonConclusion(rng: SeededRandom, item: string, short: string): string {
  return fill(rng.pick(NON_CONCLUSIONS), item, short, 'is');
}

export { flipOf };
