import { conclusionCues, type Cue } from './conclusionCues';
import { normaliseSentence } from './normaliseSentence';

export { normaliseSentence };

/** What a sentence concludes about medical necessity: 'mixed' when it says both, null when it concludes nothing. */
export type Polarity = 'necessary' | 'not_necessary' | 'mixed';

export interface SentenceReading {
  /** The reviewer's own conclusion in the sentence; null when it states none (or only reports someone else's). */
  readonly polarity: Polarity | null;
  /**
   * The conclusion is plainly about the request: it names the request or the item, closes the argument ("Therefore")
   * or decides the UR decision. A passing remark ("An earlier course was not medically necessary") is not firm.
   */
  readonly firm: boolean;
}

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
  'failing',
  'unable',
  'insufficient',
  'inadequate',
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
  'shall',
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
  'a',
  'an',
  'this',
  'that',
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
  'probably',
  'arguably',
  'reasonably',
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
  'item',
  'treatment',
  'service',
  'services',
  'procedure',
  'medication',
  'therapy',
  'sufficient',
  'adequate',
  'evidence',
  'documentation',
  'guideline',
  'guidelines',
  'mtus',
  'odg',
  'acoem',
  'the',
  'current',
  'requisite',
  'applicable',
  'relevant',
  'stated',
  'criteria',
  'with',
  'by',
  'records',
  'reason',
  'case',
  'true',
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
    'satisfy',
    'fulfill',
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
    'satisfied',
    'satisfies',
    'fulfilled',
    'fulfills',
    'present',
  ];
  return [...stems, ...forms];
}

const AUXILIARY = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'has',
  'have',
  'had',
  'does',
  'do',
  'did',
  'can',
  'should',
  'would',
  'will',
  'may',
  'must',
  'could',
]);

const TOKEN = /[a-z0-9]+(?:['-][a-z0-9]+)*|[,;:]/g;

interface Walk {
  negations: number;
  establishing: boolean;
}

/** Walks back from a cue through gap words and comma-delimited asides, counting negators ("cannot ... not"). */
function walkBack(prefix: string): Walk {
  const tokens = prefix.match(TOKEN) ?? [];
  let establishingSeen = false;
  let negations = 0;
  let i = tokens.length - 1;
  for (let steps = 0; i >= 0 && steps < 18; steps++) {
    const t = tokens[i] ?? '';
    // "is not supported and is not medically necessary": a second verb phrase has its own negation.
    if ((t === 'and' || t === 'or' || t === 'but') && AUXILIARY.has(tokens[i + 1] ?? '')) break;
    if (NEGATORS.has(t)) {
      negations++;
      i--;
      continue;
    }
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
  return { negations, establishing: establishingSeen };
}

/** After a noun cue, up to the next comma: "medical necessity for this request has not been established". */
function walkForward(suffix: string): Walk {
  const all: string[] = suffix.match(TOKEN) ?? [];
  const tokens: string[] = [];
  for (let i = 0; i < all.length && tokens.length < 12; i++) {
    const t = all[i] ?? '';
    if (t === ',') {
      // "medical necessity for the requested unit, home use, has not been established": skip a short aside.
      const close = all.indexOf(',', i + 1);
      if (close > i && close - i <= 7 && !all.slice(i + 1, close).some((x) => /^[;:]$/.test(x))) {
        i = close;
        continue;
      }
      break;
    }
    if (/^[;:]$/.test(t)) break;
    tokens.push(t);
  }
  return {
    negations: tokens.filter((t) => NEGATORS.has(t)).length,
    establishing: tokens.some((t) => ESTABLISHING.has(t)),
  };
}

interface Hit {
  positive: boolean;
  index: number;
}

function hitsOf(s: string, cues: readonly Cue[]): Hit[] {
  const hits: Hit[] = [];
  const taken: Array<[number, number]> = [];
  for (const cue of cues) {
    for (const m of s.matchAll(cue.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      // A longer cue already read this stretch ("does not meet criteria" before "criteria").
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      const before = walkBack(s.slice(0, start));
      if (!cue.noun) {
        hits.push({ positive: before.negations % 2 === 0 ? cue.positive : !cue.positive, index: start });
        continue;
      }
      const after = walkForward(s.slice(end));
      const negations = before.negations + after.negations;
      if (negations > 0) hits.push({ positive: negations % 2 === 0 ? cue.positive : !cue.positive, index: start });
      else if (before.establishing || after.establishing) hits.push({ positive: cue.positive, index: start });
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

const PARTY = String.raw`(?:(?:the\s+)?(?:ur|utilization\s+review|claims\s+administrator|insurer|carrier|(?:prior|previous|initial|original|first)\s+(?:ur\s+)?(?:review(?:er)?|physician|decision|determination)|peer\s+review(?:er)?|(?:treating|requesting|primary\s+treating|referring|attending|prescribing)\s+(?:physician|provider|doctor|surgeon|clinician|practitioner)|ptp|provider|physician|surgeon|patient|claimant|applicant|employee|injured\s+worker|attorney|qme|ame|dr\.?\s+[a-z]+))`;
const REPORTING = String.raw`(?:states?|stated|notes?|noted|reports?|reported|indicates?|indicated|feels?|felt|believes?|believed|opines?|opined|argues?|argued|contends?|contended|requests?|requested|recommends?|recommended|determined|determines|found|finds|concluded|concludes|considered|considers|deemed|deems|thinks?|thought|wrote|writes|asserts?|asserted|explains?|explained|cited|cites|maintains?|maintained|non-?certified|denied|denies|modified|modifies|certified|certifies|approved|indicating|requesting|advised|advises|submitted|appealed|disagreed|disputed|asked|wants|wanted|hopes|expects)`;
/** Someone other than the reviewer holds the view: "the UR reviewer found", "per utilization review", "was denied by UR". */
const REPORTED = new RegExp(
  String.raw`\b${PARTY}\s+(?:[a-z'-]+\s+){0,4}?${REPORTING}\b|\b(?:per|according\s+to|by|from|in)\s+${PARTY}\b|\b(?:ur|utilization\s+review)\b|\b(?:previously|initially|originally)\s+(?:been\s+)?(?:non-?certified|denied|modified|found|determined|deemed|authori[sz]ed|approved|certified)\b`,
);
/** "The request was non-certified by utilization review": the passive names who decided, after the verb. */
const REPORTED_PASSIVE = new RegExp(
  String.raw`\b(?:was|were|has been|had been|is|been)\s+(?:[a-z]+\s+)?(?:non-?certified|denied|modified|certified|approved|authori[sz]ed|found|deemed|determined|considered|judged)\b[^,;]{0,60}?\bby\s+${PARTY}`,
);
const OWN_SUBJECT =
  /^(?:(?:therefore|thus|hence|accordingly|consequently|in conclusion|in summary|overall|as such),?\s+)?(?:i|we|this reviewer|the undersigned|this expert reviewer|the (?:expert|independent|imr) reviewer)\b/;
const GUIDELINE_SUBJECT =
  /^(?:(?:therefore|thus|hence|accordingly|consequently|however|moreover|furthermore|additionally|in addition|also|as such),?\s+)?(?:the\s+)?(?:(?:ca|california)\s+)?(?:mtus|odg|acoem|cpmtg|chronic pain (?:medical treatment )?guidelines?|official disability guidelines|guidelines?|the literature|literature|evidence-based guidelines|studies|research|these guidelines|both guidelines)\b(?!\s+criteria)/;
/** The reviewer speaks of this request: "the request", "the requested", the item's own name, "this treatment". */
const REQUEST_REF =
  /\brequest(?:s|ed)?\b|\bitem\b|\b(?:this|the|current|proposed|present|continued|ongoing|further|additional)\s+(?:treatment|service|procedure|medication|prescription|study|therapy|surgery|injection|imaging|referral|use)\b/;
const CONCLUSORY_OPENER =
  /^(?:therefore|thus|hence|accordingly|consequently|as such|as a result|in conclusion|in summary|in sum|overall|for (?:these|this|the above|the foregoing) reasons?|based on|given|in light of|at this time|(?:conclusion|decision|determination|summary|recommendation|opinion)\s*:)/;
const CONDITIONAL =
  /\b(?:if|unless|whether|provided that|in the event|once|until|in cases?|in patients|for patients)\b/;
const HYPOTHETICAL = /\b(?:would|could|may|might)\b/;
const LEADING_ASIDE =
  /^(?:(?:therefore|thus|hence|accordingly|consequently|however),?\s+)?(?:although|though|even though|even if|while|whereas|despite|in spite of|notwithstanding|contrary to|unlike|in contrast to|because|since)\b[^,]*,\s*/;
const MID_ASIDE = /,\s*(?:contrary to|unlike|in contrast to|as (?:noted|stated|found|determined) by|per)\b[^,]*,/g;
const TRAILING_ASIDE =
  /,?\s+(?:although|though|even though|whereas|despite|in spite of|notwithstanding|contrary to|unlike|because|since|given that|(?:consistent with|in agreement with|in keeping with|in line with)(?!\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:guidelines?|recommendations?|criteria|mtus|odg|acoem)\b)|per the|as (?:documented|noted|reported|stated|recommended) by)\b.*$|,\s+(?:while|as (?:did|noted|found|determined|stated))\b.*$/;
const CLAUSE_BREAK =
  /\s*;\s*|,\s+(?=(?:but|however|yet|whereas|nevertheless|nonetheless)\b)|\s+(?=however,)|,?\s+(?:and|so)\s+(?=(?:therefore|thus|hence|accordingly|consequently|the request|this request|the requested|i|we)\b)/;
const OUTCOME_CONTEXT = /\b(?:ur|utilization review|denial|decision|determination|modification|non-?certification)\b/;
const AGREEMENT =
  /^(?:i|we|this reviewer|the undersigned)\s+(?:(?:do|can|could|would|does)\s+not\s+|don't\s+)?(?:(dis)?agree(?:s)?|(?:am|are|is)\s+(?:not\s+)?in\s+(dis)?agreement|concur(?:s)?)\s+(?:with\b|that\b)/;
/** "An earlier course was not medically necessary" speaks of another request than this one. */
const EARLIER_COURSE =
  /\b(?:earlier|prior|previous|past|former|initial|first)\s+(?:course|trial|sessions?|request|treatment|visits?|injections?|studies|study|mri|surgery|prescriptions?|authori[sz]ations?|approvals?)\b/;
const AGREED_DENIAL =
  /\b(?:denial|non-?certification|noncertification|adverse (?:decision|determination)|decision to (?:deny|non-?certify)|modification)\b/;

/** "the request for <long item name, with commas (and parentheses)> is" reads as "the request is". */
const REQUEST_FOR = new RegExp(
  String.raw`\b(requests?|requested|prescription|referral)\s+(?:for|of)\s+(?:(?!\b(?:as|because|since|although|though|while|but|given|whereas)\b)[^.;]){1,240}?\s(?=(?:is|was|are|were|would|will|should|shall|can|could|does|do|did|has|have|had|remains?|appears?|seems?|meets?|fails?|falls?|fell|lacks?|exceeds?|satisfies|fulfills?|warrants?|must|may|might)\b)`,
  'g',
);

const GENERIC_WORDS = new Set([
  'the',
  'for',
  'and',
  'with',
  'left',
  'right',
  'of',
  'to',
  'x',
  'a',
  'an',
  'in',
  'on',
  'at',
]);

/** The item's name, or its first words as a reviewer shortens it, reads as "item" so its commas split nothing. */
function withoutItemName(sentence: string, itemName: string | undefined): string {
  if (itemName === undefined) return sentence;
  const words = (itemName.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  for (let k = words.length; k >= 1; k--) {
    const head = words.slice(0, k);
    const last = head[head.length - 1] ?? '';
    if (k === 1 && (last.length < 3 || GENERIC_WORDS.has(last.toLowerCase()))) break;
    if (k > 1 && k < words.length && GENERIC_WORDS.has(last.toLowerCase())) continue;
    const tail = k === words.length ? String.raw`(?:\s*\([^()]*\))?` : '';
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${head.join(String.raw`[^\p{L}\p{N}]+`)}(?![\\p{L}\\p{N}])${tail}`,
      'giu',
    );
    if (pattern.test(sentence)) return sentence.replace(pattern, ' item ');
  }
  return sentence;
}

/** Clauses of a sentence whose view is someone's: "The UR found X; however, the request is Y" is two clauses. */
function clausesOf(s: string): string[] {
  return s
    .split(CLAUSE_BREAK)
    .map((c) =>
      c
        .trim()
        .replace(/^(?:but|however|yet|whereas|nevertheless|nonetheless),?\s+/, '')
        .trim(),
    )
    .filter((c) => c.length > 0);
}

interface ClauseReading {
  polarity: Polarity | null;
  firm: boolean;
}

function readClause(raw: string, conclusorySentence: boolean, aboutRequest: boolean): ClauseReading | null {
  const agreement = AGREEMENT.exec(raw);
  if (!agreement) return readOwnClause(raw, conclusorySentence, false, aboutRequest);
  const disagree =
    (agreement[1] === 'dis' || agreement[2] === 'dis') !==
    /\b(?:not|don't)\s+(?:(?:dis)?agree|concur|in\s+(?:dis)?agreement)/.test(agreement[0]);
  const inner = raw.slice(agreement[0].length);
  const that = agreement[0].endsWith('that') ? [inner, inner] : /\bthat\b(.*)$/.exec(inner);
  const polarity: Polarity | null =
    (that ? readOwnClause(that[1] ?? '', true, true, true)?.polarity : null) ??
    (AGREED_DENIAL.test(inner) ? 'not_necessary' : null) ??
    readOwnClause(inner.replace(/^[^:]*:\s*/, ''), true, true, true)?.polarity ??
    null;
  if (polarity === null) return null;
  return { polarity: disagree ? flip(polarity) : polarity, firm: true };
}

function flip(p: Polarity): Polarity {
  return p === 'mixed' ? p : p === 'necessary' ? 'not_necessary' : 'necessary';
}

function readOwnClause(
  raw: string,
  conclusorySentence: boolean,
  forceOwn: boolean,
  aboutRequest: boolean,
): ClauseReading | null {
  const s = raw.replace(LEADING_ASIDE, '').replace(MID_ASIDE, ' ').replace(TRAILING_ASIDE, '');
  const requestRef = REQUEST_REF.test(s) || (aboutRequest && /^(?:it|this|they|these)\b/.test(s));
  const opener = CONCLUSORY_OPENER.test(s) || conclusorySentence;
  const outcome = OUTCOME_CONTEXT.test(s) ? hitsOf(s, conclusionCues.outcome) : [];
  const own = forceOwn || OWN_SUBJECT.test(s);
  // "She was approved for six visits" is history; deciding words count when they are about this request.
  const decides = requestRef || opener || own;
  const strong = [
    ...hitsOf(s, [...conclusionCues.necessity, ...conclusionCues.criteria]),
    ...(outcome.length > 0
      ? outcome
      : decides
        ? hitsOf(s, [...conclusionCues.decision, ...conclusionCues.certification])
        : []),
  ];
  const weak = strong.length > 0 ? [] : hitsOf(s, conclusionCues.weak);
  if (!own && outcome.length === 0 && REPORTED_PASSIVE.test(s)) return null;
  if (!own && outcome.length === 0) {
    const reported = REPORTED.exec(s)?.index ?? Infinity;
    if (reported <= Math.min(...strong.map((h) => h.index), ...weak.map((h) => h.index))) return null;
  }
  if (!own && GUIDELINE_SUBJECT.test(s) && !/\brequest(?:s|ed)?\b/.test(s)) return null;
  if (/\bwhether\b/.test(s)) return null;
  if (EARLIER_COURSE.test(s) && outcome.length === 0) return null;
  if (CONDITIONAL.test(s) && (!requestRef || HYPOTHETICAL.test(s))) return null;
  const firm = requestRef || opener || outcome.length > 0 || (aboutRequest && own);
  if (strong.length > 0) return { polarity: combine(strong), firm };
  if ((!requestRef && !opener) || weak.length === 0) return null;
  return { polarity: combine(weak), firm: true };
}

/** The reviewer's own conclusion in one sentence, read clause by clause; reported views of others are skipped. */
/** Stems every cue starts with: a sentence without any of them concludes nothing, and is not read further. */
const ANY_CUE =
  /necess|criteria|certif|authori|approv|den(?:y|ied|ial)|uphe|uphol|overt|revers|affirm|sustain|support|recommend|indicat|warrant|appropriate|justif|reasonable|agree|consistent|keeping|accordance|complian|exceed|correct/i;
const NOTHING: SentenceReading = { polarity: null, firm: false };
const memo = new Map<string, SentenceReading>();
const MEMO_SIZE = 5000;

export function readSentence(sentence: string, itemName?: string): SentenceReading {
  if (!ANY_CUE.test(sentence)) return NOTHING;
  const key = `${itemName ?? ''}\u0000${sentence}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const reading = read(sentence, itemName);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, reading);
  return reading;
}

function read(sentence: string, itemName: string | undefined): SentenceReading {
  const s = normaliseSentence(withoutItemName(sentence, itemName)).replace(REQUEST_FOR, '$1 ');
  const conclusory = CONCLUSORY_OPENER.test(s);
  const aboutRequest = REQUEST_REF.test(s);
  const readings = clausesOf(s)
    .map((clause, i) => readClause(clause, i > 0 && conclusory, aboutRequest))
    .filter((r): r is ClauseReading => r !== null && r.polarity !== null);
  if (readings.length === 0) return NOTHING;
  const polarities = new Set(readings.map((r) => r.polarity));
  const polarity: Polarity =
    polarities.size > 1 || polarities.has('mixed') ? 'mixed' : (readings[0]?.polarity ?? 'mixed');
  return { polarity, firm: readings.some((r) => r.firm) };
}

export function sentencePolarity(sentence: string, itemName?: string): Polarity | null {
  return readSentence(sentence, itemName).polarity;
}
