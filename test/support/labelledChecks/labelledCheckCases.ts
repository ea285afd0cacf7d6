import type { CheckCode } from '../../../shared/domain/checks/checkCatalog';
import type { CheckContext } from '../../../shared/domain/checks/checkContext';
import type { Decision } from '../../../shared/domain/caseModel';
import { DEMO_REVIEWER_PROFILE } from '../../../shared/domain/reviewerProfile';
import { createSeededRandom, type SeededRandom } from '../../../shared/random/createSeededRandom';
import {
  buildCheckContext,
  disputedItem,
  itemDetermination,
  MTUS_LOW_BACK,
  ODG_LOW_BACK_MRI,
  OWN_PROFILE,
  richDoc,
  snapshotOf,
  type Inline,
} from '../../shared/domain/checks/buildCheckContext';
import { CLOSING_REMARKS, conclusionSentences, flipOf, nonConclusion, type Meaning } from './conclusionSentences';
import { itemNames, shortNameOf } from './itemNames';
import { lightlyReworded, ownSummary, randomFacts, urLetter } from './summaryTexts';

/** One determination with what the checks should report on it: flawed ones name their flaw, clean ones nothing. */
export interface LabelledCase {
  /** The class of case, for the per-class figures. */
  kind: string;
  ctx: CheckContext;
  /** Codes that must be reported. */
  expected: ReadonlySet<CheckCode>;
  /** Codes that may be reported without counting as false (a warning on a borderline summary). */
  allowed: ReadonlySet<CheckCode>;
}

/** The codes the labelled set measures; others are kept quiet by the base context. */
export const MEASURED_CODES: readonly CheckCode[] = [
  'DECISION_CONCLUSION_MISMATCH',
  'CONCLUSION_MISSING',
  'SUMMARY_COPIED_FROM_UR',
  'SUMMARY_LARGELY_FROM_UR',
  'PLACEHOLDER_TEXT',
  'MTUS_NOT_CITED',
  'PROFILE_DEMO_VALUES',
  'PROFILE_INCOMPLETE',
];

const decisionFor = (m: Meaning): Decision => (m === 'necessary' ? 'overturned' : 'upheld');

function withRationale(base: CheckContext, item: string, decision: Decision, paragraphs: Inline[][]): CheckContext {
  const items = [disputedItem('item-x', item, 0)];
  return {
    ...base,
    items,
    determination: {
      ...base.determination,
      items: [itemDetermination('item-x', decision, richDoc(...paragraphs))],
    },
  };
}

function one(code: CheckCode): Set<CheckCode> {
  return new Set([code]);
}

const NONE: ReadonlySet<CheckCode> = new Set();

/** Guideline sentence with the MTUS chip, then one to three sentences of reasoning. */
function body(rng: SeededRandom, item: string, short: string, citation = snapshotOf(MTUS_LOW_BACK)): Inline[][] {
  const lead: Inline[] = ['The MTUS ', citation, ' ' + rng.pick(GUIDELINE_TAILS)];
  const reasoning = Array.from({ length: rng.int(1, 3) }, () => nonConclusion(rng, item, short));
  return [lead, [reasoning.join(' ')]];
}

const GUIDELINE_TAILS = [
  'recommends this treatment when objective functional improvement is documented.',
  'supports imaging only with red flags or unequivocal objective findings of nerve compromise.',
  'allows a time-limited course with a transition to self-directed home exercise.',
  'recommends against long-term use without documented pain relief and improved function.',
];

function conclusionCases(rng: SeededRandom, base: CheckContext): LabelledCase[] {
  const cases: LabelledCase[] = [];
  for (const item of itemNames()) {
    const short = shortNameOf(item);
    for (const c of conclusionSentences(rng, item, short, 8)) {
      const placement = rng.pick(['end', 'end', 'closing-remarks', 'early']);
      const paragraphs = body(rng, item, short);
      const after =
        placement === 'closing-remarks'
          ? rng.some(CLOSING_REMARKS, rng.int(1, 3))
          : placement === 'early'
            ? [nonConclusion(rng, item, short), nonConclusion(rng, item, short), rng.pick(CLOSING_REMARKS)]
            : [];
      const text = [...paragraphs, [[c.text, ...after].join(' ')]];
      const flawed = rng.chance(0.4);
      const decision = decisionFor(flawed ? flipOf(c.meaning) : c.meaning);
      cases.push({
        kind: `conclusion ${flawed ? 'contradicts decision' : 'agrees'} (${c.form}, ${placement})`,
        ctx: withRationale(base, item, decision, text),
        expected: flawed ? one('DECISION_CONCLUSION_MISMATCH') : NONE,
        allowed: NONE,
      });
    }
    // An early contradicting conclusion, the closing one agreeing with the decision.
    const [first, second] = conclusionSentences(rng, item, short, 2);
    if (first && second) {
      const closing = second.meaning === first.meaning ? flipOf(first.meaning) : second.meaning;
      const closingText = conclusionSentences(rng, item, short, 12).find((c) => c.meaning === closing)?.text;
      if (closingText) {
        cases.push({
          kind: 'contradicting conclusion earlier in the rationale',
          ctx: withRationale(base, item, decisionFor(closing), [
            ...body(rng, item, short),
            [`${first.text} ${nonConclusion(rng, item, short)} ${closingText}`],
          ]),
          expected: one('DECISION_CONCLUSION_MISMATCH'),
          allowed: NONE,
        });
      }
    }
    // No conclusion at all.
    cases.push({
      kind: 'no conclusion',
      ctx: withRationale(base, item, rng.pick(['upheld', 'overturned'] as const), [
        ...body(rng, item, short),
        [rng.pick(CLOSING_REMARKS)],
      ]),
      expected: one('CONCLUSION_MISSING'),
      allowed: NONE,
    });
  }
  return cases;
}

function summaryCases(rng: SeededRandom, base: CheckContext): LabelledCase[] {
  const cases: LabelledCase[] = [];
  for (let i = 0; i < 160; i++) {
    const facts = randomFacts(rng);
    const ur = urLetter(facts);
    const own = ownSummary(rng, facts);
    const variants: Array<[string, string, ReadonlySet<CheckCode>, ReadonlySet<CheckCode>]> = [
      ['own words', own, NONE, NONE],
      ['own words quoting a few UR facts', `${own} ${rng.some(ur.rationaleSentences, 1).join(' ')}`, NONE, NONE],
      [
        'own words quoting the UR rationale at length',
        `${own} ${ur.rationaleSentences.slice(0, 3).join(' ')}`,
        NONE,
        one('SUMMARY_LARGELY_FROM_UR'),
      ],
      ['UR summary lightly reworded', lightlyReworded(rng, ur.summarySentences), one('SUMMARY_COPIED_FROM_UR'), NONE],
      [
        'UR summary and rationale lightly reworded',
        lightlyReworded(rng, [...ur.summarySentences, ...ur.rationaleSentences.slice(0, 2)]),
        one('SUMMARY_COPIED_FROM_UR'),
        NONE,
      ],
      ['UR summary pasted', ur.summarySentences.join(' '), one('SUMMARY_COPIED_FROM_UR'), NONE],
    ];
    const [kind, text, expected, allowed] = rng.pick(variants);
    cases.push({
      kind: `summary: ${kind}`,
      ctx: { ...base, urDenialText: ur.text, determination: { ...base.determination, summary: richDoc(text) } },
      expected,
      allowed,
    });
  }
  return cases;
}

const PLACEHOLDER_INSERTS = [
  '[Patient Name]',
  '[DATE]',
  '[date of MRI]',
  '[insert findings]',
  '<drug name>',
  '{{functional_improvement}}',
  '<<dose>>',
  'XX/XX/XXXX',
  '__/__/____',
  '[TREATMENT]',
  '[body part]',
  '[provider name]',
  'TBD',
  'TODO',
  '???',
  '_____',
  '[number] sessions',
  '[reason for request]',
  '(insert date)',
  '[PTP NAME]',
  '{dosage}',
  '[medication_name]',
];
const LEGIT_BRACKETS = [
  'She said "[she] could not lift the box" [sic].',
  'The CPMTG section marked [DWC] applies [1].',
  'Pain <3/10 at rest and MED <50 mg/day.',
  'The note reads "pain [in the neck] is worse" [emphasis added].',
  'An x-ray, an MRI and an XXL brace were requested.',
  'Type 2 diabetes is controlled (A1c 6.8).',
  'Her quote was shortened [...] without changing its meaning.',
];

function placeholderCases(rng: SeededRandom, base: CheckContext): LabelledCase[] {
  const cases: LabelledCase[] = [];
  for (let i = 0; i < 120; i++) {
    const item = rng.pick(itemNames());
    const short = shortNameOf(item);
    const flawed = rng.chance(0.5);
    const insert = flawed ? rng.pick(PLACEHOLDER_INSERTS) : '';
    const extra = flawed
      ? rng.pick([
          `The patient was seen by ${insert} for follow-up.`,
          `Functional improvement: ${insert}.`,
          `The MRI of ${insert} showed no change.`,
        ])
      : rng.pick(LEGIT_BRACKETS);
    const c = conclusionSentences(rng, item, short, 1)[0];
    if (!c) continue;
    const where = rng.chance(0.5) ? 'rationale' : 'summary';
    const ctx =
      where === 'rationale'
        ? withRationale(base, item, decisionFor(c.meaning), [...body(rng, item, short), [`${extra} ${c.text}`]])
        : (() => {
            const withItem = withRationale(base, item, decisionFor(c.meaning), [...body(rng, item, short), [c.text]]);
            const summary = `${base.determination.summary.content?.[0]?.content?.[0]?.text ?? ''} ${extra}`;
            return { ...withItem, determination: { ...withItem.determination, summary: richDoc(summary) } };
          })();
    cases.push({
      kind: `placeholder ${flawed ? 'left' : 'absent'} (${where})`,
      ctx,
      expected: flawed ? one('PLACEHOLDER_TEXT') : NONE,
      allowed: NONE,
    });
  }
  return cases;
}

const DEVIATION_REASONS: Array<[string, boolean]> = [
  ['California MTUS does not address this issue.', true],
  ['The MTUS is silent regarding repeat imaging of the lumbar spine.', true],
  ['The CA MTUS does not specifically address this device.', true],
  ['This treatment is not addressed by the MTUS.', true],
  ['The MTUS has no recommendation for flexion and extension views.', true],
  [
    'Under 8 CCR 9792.25.1, I evaluated the studies behind both guidelines: the ODG recommendation rests on a 2015 randomized controlled trial in 300 workers, which is more recent and of higher quality than the case series behind the ACOEM text.',
    true,
  ],
  [
    'Per 9792.25.1, the systematic review cited by ODG (Chou et al., 2009) found no benefit of routine repeat imaging, and its population matches this worker.',
    true,
  ],
  ['Per 8 CCR 9792.25.1, the best available evidence was used.', false],
  ['ODG was relied upon in accordance with the MTUS methodology for evaluating medical evidence.', false],
  ['The presumption of correctness of the MTUS is rebutted by the scientific evidence.', false],
  ['ODG is an evidence-based, nationally recognized guideline.', false],
  ['An evaluation of the medical evidence was performed per 9792.25.1.', false],
  ['The ODG recommendation is based on the best available evidence.', false],
  ['', false],
];

function mtusCases(rng: SeededRandom, base: CheckContext): LabelledCase[] {
  const cases: LabelledCase[] = [];
  for (let i = 0; i < 120; i++) {
    const item = rng.pick(itemNames());
    const short = shortNameOf(item);
    const [reason, valid] = rng.pick(DEVIATION_REASONS);
    const c = conclusionSentences(rng, item, short, 1)[0];
    if (!c) continue;
    const lead: Inline[] = [
      'ODG ',
      snapshotOf(ODG_LOW_BACK_MRI),
      ' recommends repeat MRI only for a significant change.',
    ];
    const ctx = withRationale(base, item, decisionFor(c.meaning), [
      [reason],
      lead,
      [`${nonConclusion(rng, item, short)} ${c.text}`],
    ]);
    cases.push({
      kind: `ODG-only rationale, ${valid ? 'reason named' : reason === '' ? 'no reason' : 'stock phrase'}`,
      ctx,
      expected: valid ? NONE : one('MTUS_NOT_CITED'),
      allowed: NONE,
    });
  }
  return cases;
}

function profileCases(rng: SeededRandom, base: CheckContext): LabelledCase[] {
  const variants: Array<[string, Partial<CheckContext>, ReadonlySet<CheckCode>]> = [
    ['own profile', { profile: OWN_PROFILE, profileIsDefault: false }, NONE],
    ['never saved', { profile: DEMO_REVIEWER_PROFILE, profileIsDefault: true }, one('PROFILE_DEMO_VALUES')],
    [
      'saved with the demo license',
      { profile: { ...OWN_PROFILE, licenseNumber: DEMO_REVIEWER_PROFILE.licenseNumber }, profileIsDefault: false },
      one('PROFILE_DEMO_VALUES'),
    ],
    [
      'saved with the demo email',
      { profile: { ...OWN_PROFILE, email: DEMO_REVIEWER_PROFILE.email }, profileIsDefault: false },
      one('PROFILE_DEMO_VALUES'),
    ],
    [
      'license missing',
      { profile: { ...OWN_PROFILE, licenseNumber: '' }, profileIsDefault: false },
      one('PROFILE_INCOMPLETE'),
    ],
    ['name missing', { profile: { ...OWN_PROFILE, name: '' }, profileIsDefault: false }, one('PROFILE_INCOMPLETE')],
  ];
  return Array.from({ length: 60 }, () => {
    const [kind, change, expected] = rng.pick(variants);
    return { kind: `profile: ${kind}`, ctx: { ...base, ...change }, expected, allowed: NONE };
  });
}

/**
 * The labelled set: several hundred determinations written the many ways physicians write them, each with the
 * findings it must get. Generated from a seed, so a figure can be reproduced; the held-out set is written elsewhere.
 */
export function labelledCheckCases(seed = 18): LabelledCase[] {
  const rng = createSeededRandom(seed);
  const base: CheckContext = { ...buildCheckContext(), profileIsDefault: false };
  return [
    ...conclusionCases(rng, base),
    ...summaryCases(rng, base),
    ...placeholderCases(rng, base),
    ...mtusCases(rng, base),
    ...profileCases(rng, base),
  ];
}
