/** What a sentence concludes about medical necessity: 'mixed' when it says both, null when it concludes nothing. */
export type Polarity = 'necessary' | 'not_necessary' | 'mixed';

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nor',
  'neither',
  'without',
  'lack',
  'lacks',
  'lacking',
  'absence',
  'fail',
  'fails',
  'failed',
  'unable',
]);

/** Words that may sit between a negator and what it negates ("can not be considered at this time medically necessary"). */
const GAP_WORDS = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  'am',
  'would',
  'will',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'does',
  'do',
  'did',
  'has',
  'have',
  'had',
  'to',
  'as',
  'and',
  'or',
  'of',
  'for',
  'any',
  'its',
  'the',
  'this',
  'at',
  'time',
  'point',
  'present',
  'in',
  'my',
  'our',
  'opinion',
  "reviewer's",
  'currently',
  'presently',
  'still',
  'yet',
  'entirely',
  'fully',
  'clearly',
  'necessarily',
  'truly',
  'also',
  'longer',
  'otherwise',
  'therefore',
  'thus',
  'appear',
  'appears',
  'appeared',
  'seem',
  'seems',
  'seemed',
  'likely',
  'considered',
  'deemed',
  'found',
  'felt',
  'judged',
  'viewed',
  'regarded',
  'seen',
  'determined',
  'medically',
  'reasonable',
  'appropriate',
  'both',
  'either',
  'find',
  'finds',
  'consider',
  'considers',
  'deem',
  'deems',
  'believe',
  'feel',
  'it',
  'these',
  'those',
  'them',
  'request',
  'requested',
  'treatment',
  'service',
  'services',
  'procedure',
  'medication',
  'therapy',
  ...establishing(),
]);

const ESTABLISHING = new Set(establishing());

function establishing(): string[] {
  const stems = [
    'establish',
    'demonstrate',
    'support',
    'show',
    'meet',
    'confirm',
    'substantiate',
    'document',
    'prove',
    'recommend',
    'justify',
    'warrant',
  ];
  const forms = [
    'established',
    'establishes',
    'demonstrated',
    'demonstrates',
    'supported',
    'supports',
    'shown',
    'shows',
    'met',
    'meets',
    'confirmed',
    'confirms',
    'substantiated',
    'substantiates',
    'documented',
    'documents',
    'proven',
    'proved',
    'proves',
    'recommended',
    'recommends',
    'justified',
    'justifies',
    'warranted',
    'warrants',
    'present',
  ];
  return [...stems, ...forms];
}

const TOKEN = /[a-z0-9]+(?:['-][a-z0-9]+)*|[,;:]/g;

interface Walk {
  negated: boolean;
  establishing: boolean;
}

/** Walks back from a cue through gap words and comma-delimited asides; a negator on the way negates the cue. */
function walkBack(prefix: string): Walk {
  const tokens = prefix.match(TOKEN) ?? [];
  let establishingSeen = false;
  let i = tokens.length - 1;
  for (let steps = 0; i >= 0 && steps < 14; steps++) {
    const t = tokens[i] ?? '';
    if (NEGATORS.has(t)) return { negated: true, establishing: establishingSeen };
    if (t === ',') {
      let j = i - 1;
      while (j >= 0 && i - j <= 7 && !/^[,;:]$/.test(tokens[j] ?? '')) j--;
      if (j < 0 || tokens[j] !== ',') break;
      i = j - 1;
      continue;
    }
    if (!GAP_WORDS.has(t)) break;
    if (ESTABLISHING.has(t)) establishingSeen = true;
    i--;
  }
  return { negated: false, establishing: establishingSeen };
}

/** After a noun cue, up to the next comma: "medical necessity for this request has not been established". */
function walkForward(suffix: string): Walk {
  const tokens: string[] = [];
  for (const t of suffix.match(TOKEN) ?? []) {
    if (/^[,;:]$/.test(t) || tokens.length >= 8) break;
    tokens.push(t);
  }
  return { negated: tokens.some((t) => NEGATORS.has(t)), establishing: tokens.some((t) => ESTABLISHING.has(t)) };
}

interface Cue {
  pattern: RegExp;
  positive: boolean;
  noun: boolean;
}

const MN_CUES: Cue[] = [
  {
    pattern:
      /\bmedically\s+(?:(?:reasonable|appropriate)\s+and\s+)?(?:necessary|indicated|warranted|appropriate|reasonable|justified)\b/g,
    positive: true,
    noun: false,
  },
  {
    pattern:
      /\bmedically\s+(?:unnecessary|inappropriate|unwarranted|unreasonable|unjustified|not\s+(?:necessary|indicated|warranted|appropriate|reasonable|justified))\b/g,
    positive: false,
    noun: false,
  },
  { pattern: /\bmedical\s+necessity\b/g, positive: true, noun: true },
];
const CERTIFICATION_CUES: Cue[] = [
  { pattern: /\b(?:non-?|un)certif(?:ied|ication|y)\b/g, positive: false, noun: false },
  { pattern: /(?<![-\w])certif(?:ied|y)\b/g, positive: true, noun: false },
  { pattern: /(?<![-\w])certification\b/g, positive: true, noun: true },
];
const OUTCOME_CUES: Cue[] = [
  { pattern: /\b(?:upheld|affirmed|sustained)\b/g, positive: false, noun: false },
  { pattern: /\b(?:overturned|reversed)\b/g, positive: true, noun: false },
];
const WEAK_CUES: Cue[] = [
  {
    pattern:
      /\b(?:supported|recommended|indicated|warranted|appropriate|justified|reasonable|necessary|approved|supports?)\b/g,
    positive: true,
    noun: false,
  },
  {
    pattern: /\b(?:unnecessary|inappropriate|unwarranted|unjustified|unreasonable|denied)\b/g,
    positive: false,
    noun: false,
  },
];

const UR_SUBJECT =
  /\b(?:ur|utilization review|claims administrator|prior review(?:er)?|previous review(?:er)?|peer review(?:er)?|insurer|carrier)\b/;
const UR_OUTCOME_CONTEXT =
  /\b(?:ur|utilization review|denial|decision|determination|modification|non-?certification|adverse)\b/;
const CONCLUSORY =
  /^(?:therefore|thus|hence|accordingly|consequently|as such|as a result|in conclusion|in summary|in sum|overall|for (?:these|this|the above|the foregoing) reasons?|based on|given|in light of|at this time)\b|\brequest(?:ed|s)?\b/;
const LEADING_ASIDE =
  /^(?:(?:therefore|thus|hence|accordingly|consequently|however),?\s+)?(?:although|though|even though|even if|while|whereas|despite|in spite of|notwithstanding|contrary to|unlike|in contrast to|because|since)\b[^,]*,\s*/;
const MID_ASIDE = /,\s*(?:contrary to|unlike|in contrast to|as (?:noted|stated|found|determined) by|per)\b[^,]*,/g;
const TRAILING_ASIDE =
  /,?\s+(?:although|though|even though|whereas|despite|in spite of|notwithstanding|contrary to|unlike|because|since|given that|consistent with|in agreement with|in keeping with|in line with|per the)\b.*$|,\s+(?:while|as (?:did|noted|found|determined|stated))\b.*$/;

export function normaliseSentence(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s[–—-]{1,2}\s|[–—]/g, ', ')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bcan't\b|\bcannot\b/g, 'can not')
    .replace(/n't\b/g, ' not')
    .replace(/\bnon-?medically\b/g, 'not medically')
    .replace(/\bnot only\b/g, 'only')
    .replace(/\bboard[- ]certifi\w*/g, 'board-credentialed')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Hit {
  positive: boolean;
  index: number;
}

function hitsOf(s: string, cues: readonly Cue[]): Hit[] {
  const hits: Hit[] = [];
  for (const cue of cues) {
    for (const m of s.matchAll(cue.pattern)) {
      const before = walkBack(s.slice(0, m.index));
      if (!cue.noun) {
        hits.push({ positive: before.negated ? !cue.positive : cue.positive, index: m.index });
        continue;
      }
      const after = walkForward(s.slice(m.index + m[0].length));
      if (before.negated || after.negated) hits.push({ positive: false, index: m.index });
      else if (before.establishing || after.establishing) hits.push({ positive: true, index: m.index });
    }
  }
  return hits;
}

function combine(hits: readonly Hit[]): Polarity | null {
  if (hits.length === 0) return null;
  if (hits.every((h) => h.positive)) return 'necessary';
  if (hits.every((h) => !h.positive)) return 'not_necessary';
  return 'mixed';
}

export function sentencePolarity(sentence: string): Polarity | null {
  let s = normaliseSentence(sentence);
  const conclusory = CONCLUSORY.test(s);
  s = s.replace(LEADING_ASIDE, '').replace(MID_ASIDE, ' ').replace(TRAILING_ASIDE, '');
  const outcome = UR_OUTCOME_CONTEXT.test(s) ? hitsOf(s, OUTCOME_CUES) : [];
  const strong = [...hitsOf(s, MN_CUES), ...(outcome.length > 0 ? outcome : hitsOf(s, CERTIFICATION_CUES))];
  // "UR found the request not medically necessary" reports history; it is not the reviewer's conclusion.
  const urMention = UR_SUBJECT.exec(s)?.index ?? Infinity;
  if (outcome.length === 0 && urMention < Math.min(...strong.map((h) => h.index))) return null;
  if (strong.length > 0) return combine(strong);
  if (!conclusory) return null;
  const weak = hitsOf(s, WEAK_CUES);
  return urMention < Math.min(...weak.map((h) => h.index)) ? null : combine(weak);
}
