/** A wording that states (or, negated, denies) medical necessity. Noun cues need a verb nearby to say which way. */
export interface Cue {
  readonly pattern: RegExp;
  readonly positive: boolean;
  readonly noun: boolean;
}

const QUALIFIERS = String.raw`(?:(?:the|all|any|its|their|these|those|applicable|relevant|required|requisite|stated|above|guideline|guidelines'?|mtus|odg|acoem|ca|california|evidence-based|medical|established|specific|recommended|necessary|such)\s+){0,4}`;

/** The cue families: medical necessity, guideline criteria, authorize/deny, certification, UR outcome, weak words. */
export const conclusionCues = {
  necessity: [
    {
      pattern:
        /\bmedically\s+(?:(?:reasonable|appropriate)\s+and\s+)?(?:necessary|indicated|warranted|appropriate|reasonable|justified|needed|required)\b/g,
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
  ] satisfies Cue[],
  criteria: [
    {
      pattern: new RegExp(
        String.raw`\b(?:meets?|meeting|satisf(?:y|ies|ied)|fulfill?s?|fulfilled)\s+${QUALIFIERS}criteria\b`,
        'g',
      ),
      positive: true,
      noun: false,
    },
    {
      pattern: new RegExp(
        String.raw`\b(?:falls?|fell|falling)\s+(?:short\s+of|outside(?:\s+of)?)\s+${QUALIFIERS}criteria\b`,
        'g',
      ),
      positive: false,
      noun: false,
    },
    { pattern: /\bcriteria\b/g, positive: true, noun: true },
    {
      pattern:
        /\b(?:consistent|in keeping|in line|in accordance|in compliance|compliant)\s+with\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:guidelines?|recommendations?|criteria|mtus|odg|acoem)\b/g,
      positive: true,
      noun: false,
    },
    {
      pattern:
        /\b(?:inconsistent|at odds|not in keeping)\s+with\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:guidelines?|recommendations?|criteria|mtus|odg|acoem)\b|\bexceeds?\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:guidelines?|recommendations?|criteria|limits?)\b/g,
      positive: false,
      noun: false,
    },
  ] satisfies Cue[],
  decision: [
    {
      pattern: /\b(?:authori[sz]e|approve)\s+(?:the|this)\s+(?:request|item|treatment)\b/g,
      positive: true,
      noun: false,
    },
    {
      pattern:
        /(?<=\b(?:should|must|will|would|can|is|be|been|was|were|are)\s+(?:[a-z]+\s+)?)(?:authori[sz]ed|approved)\b/g,
      positive: true,
      noun: false,
    },
    { pattern: /\b(?:authori[sz]ation|approval)\b/g, positive: true, noun: true },
    { pattern: /\b(?:deny|disapprove)\s+(?:the|this)\s+(?:request|item|treatment)\b/g, positive: false, noun: false },
    {
      pattern: /(?<=\b(?:should|must|will|would|is|be|been|was|were|are)\s+(?:[a-z]+\s+)?)(?:denied|disapproved)\b/g,
      positive: false,
      noun: false,
    },
    { pattern: /\b(?:recommend(?:ed|s|ing)?|warrants?|supports?)\s+(?:a\s+)?denial\b/g, positive: false, noun: false },
    {
      pattern:
        /\bdenial\s+(?:of\s+(?:the|this)\s+(?:request|item|treatment)\s+)?(?:is|was)\s+(?:\w+\s+)?(?:recommended|warranted|appropriate|supported|upheld)\b/g,
      positive: false,
      noun: false,
    },
  ] satisfies Cue[],
  certification: [
    { pattern: /\b(?:non-?|un)certif(?:ied|ication|y)\b/g, positive: false, noun: false },
    { pattern: /(?<![-\w])certif(?:ied|y)\b/g, positive: true, noun: false },
    { pattern: /(?<![-\w])certification\b/g, positive: true, noun: true },
  ] satisfies Cue[],
  outcome: [
    { pattern: /\b(?:upheld|affirmed|sustained|uphold|upholds|affirm)\b/g, positive: false, noun: false },
    { pattern: /\b(?:overturned|reversed|overturn|overturns|reverse)\b/g, positive: true, noun: false },
    // "The prior non-certification was appropriate": the UR decision stands.
    {
      pattern:
        /(?<=\b(?:denial|non-?certification|noncertification|modification|decision|determination)\b[^.;,]{0,80}?\s(?:was|is|were|remains)\s+(?:[a-z]+\s+)?)(?:appropriate|correct|proper|justified|warranted|reasonable|supported|valid)\b/g,
      positive: false,
      noun: false,
    },
    {
      pattern:
        /(?<=\b(?:denial|non-?certification|noncertification|modification|decision|determination)\b[^.;,]{0,80}?\s(?:was|is|were)\s+(?:[a-z]+\s+)?)(?:inappropriate|incorrect|improper|unjustified|unwarranted|erroneous|in error)\b/g,
      positive: true,
      noun: false,
    },
  ] satisfies Cue[],
  weak: [
    {
      pattern:
        /\b(?:supported|recommended|indicated|warranted|appropriate|justified|reasonable|necessary|supports?|recommend)\b/g,
      positive: true,
      noun: false,
    },
    {
      pattern: /\b(?:unnecessary|inappropriate|unwarranted|unjustified|unreasonable|unsupported)\b/g,
      positive: false,
      noun: false,
    },
  ] satisfies Cue[],
};
