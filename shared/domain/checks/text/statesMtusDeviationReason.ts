const MTUS = String.raw`\b(?:ca(?:lifornia)?\s+)?mtus\b`;
const NEAR = String.raw`[^.;]{0,60}?`;

const REASONS: readonly RegExp[] = [
  new RegExp(`${MTUS}${NEAR}\\b(?:is|are|remains?|was)\\s+silent\\b`, 'i'),
  new RegExp(
    `${MTUS}${NEAR}\\b(?:does|do|did)(?:\\s+not|n['’]t)\\s+(?:\\w+\\s+)?(?:address|discuss|cover|mention|contain|include|provide|apply|speak)`,
    'i',
  ),
  new RegExp(`${MTUS}${NEAR}\\b(?:not|in)\\s*(?:addressed|applicable|discussed|covered)\\b`, 'i'),
  new RegExp(`${MTUS}${NEAR}\\bno\\s+(?:specific\\s+)?(?:recommendations?|guidance|criteria)\\b`, 'i'),
  new RegExp(`\\bnot\\s+(?:specifically\\s+)?(?:addressed|discussed|covered)\\s+(?:by|in)\\s+(?:the\\s+)?${MTUS}`, 'i'),
  /\b9792\.25\.1\b/,
  /\bpresumption\b[^.;]{0,60}?\brebutted\b/i,
  /\brebut(?:s|ted|ting)?\b[^.;]{0,60}?\b(?:presumption|mtus)\b/i,
  /\b(?:evaluat\w*|weigh\w*|assess\w*|review\w*)\s+(?:of\s+)?(?:the\s+)?(?:underlying\s+|available\s+|competing\s+)?(?:medical\s+|scientific\s+)?(?:evidence|studies)\b/i,
  /\bbest\s+available\s+(?:medical\s+|scientific\s+)?evidence\b/i,
  /\b(?:stronger|better|more\s+current|higher[-\s]quality)\s+(?:\w+\s+)?evidence\b/i,
  /\bat\s+variance\b/i,
];

/** True when a rationale explains relying on non-MTUS sources: the MTUS is silent, or a 9792.25.1 evidence evaluation. */
export function statesMtusDeviationReason(rationaleText: string): boolean {
  return REASONS.some((r) => r.test(rationaleText));
}
