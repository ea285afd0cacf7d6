import { splitSentences } from './splitSentences';

const MTUS = String.raw`\b(?:ca(?:lifornia)?\s+)?mtus\b`;
const NEAR = String.raw`[^.;]{0,80}?`;

/** The MTUS is silent on the treatment: a reason in itself (8 CCR 9792.21.1). */
const SILENT: readonly RegExp[] = [
  new RegExp(`${MTUS}${NEAR}\\b(?:is|are|remains?|was)\\s+silent\\b`, 'i'),
  new RegExp(
    `${MTUS}${NEAR}\\b(?:does|do|did)(?:\\s+not|n['’]t)\\s+(?:\\w+\\s+)?(?:address|discuss|cover|mention|contain|include|provide|apply|speak)`,
    'i',
  ),
  new RegExp(`${MTUS}${NEAR}\\b(?:not|in)\\s*(?:addressed|applicable|discussed|covered)\\b`, 'i'),
  new RegExp(
    `${MTUS}${NEAR}\\b(?:has|have|offers?|provides?|contains?|gives?)\\s+no\\s+(?:specific\\s+)?(?:recommendations?|guidance|criteria|discussion)\\b`,
    'i',
  ),
  new RegExp(`${MTUS}${NEAR}\\bno\\s+(?:specific\\s+)?(?:recommendations?|guidance|criteria)\\b`, 'i'),
  new RegExp(`\\bnot\\s+(?:specifically\\s+)?(?:addressed|discussed|covered)\\s+(?:by|in)\\s+(?:the\\s+)?${MTUS}`, 'i'),
  new RegExp(`\\b(?:absent|no)\\s+(?:an?\\s+)?${MTUS}\\s+(?:recommendation|guidance|guideline)`, 'i'),
];

/** An evidence evaluation is claimed: 9792.25.1, weighing studies, a rebutted presumption, the best evidence. */
const EVALUATION =
  /\b9792\.25\.1\b|\bpresumption\b|\brebut|\b(?:evaluat|weigh|assess|apprais|compar|review)\w*\s+(?:of\s+)?(?:the\s+)?(?:underlying\s+|available\s+|competing\s+|cited\s+)?(?:medical\s+|scientific\s+)?(?:evidence|studies|literature|trials?)\b|\bbest\s+available\s+(?:medical\s+|scientific\s+)?evidence\b|\bat\s+variance\b|\b(?:stronger|better|more\s+current|higher[-\s]quality)\s+(?:\w+\s+)?evidence\b/i;

/** What evidence: a study design, a named study (author, year), a count of patients or trials. */
const SPECIFIC_EVIDENCE =
  /\b(?:randomi[sz]ed|controlled trial|rcts?\b|meta-?analys[ie]s|systematic review|cohort|prospective|retrospective|case series|case-control|cochrane|double-blind|placebo)\b|\bet al\b|\b\d+\s+(?:patients|subjects|participants|workers|studies|trials)\b|\b(?:study|trial|review|analysis|guideline)\s+(?:by|of|from|in)\s+[A-Z]|\([A-Z][a-z]+(?:\s+et al\.?)?,?\s+(?:19|20)\d\d\)|\b[A-Z][a-z]+\s+(?:\(|,\s*)(?:19|20)\d\d\b/;

/** Why it prevails: quality, recency, size, applicability to this worker. */
const WHY =
  /\b(?:because|since|as it|found|finds|matches|match|relevant|pertinent|benefit|which (?:show|found|demonstrat|report)|showed|shows|found that|demonstrat\w*|higher[-\s]quality|high[-\s]quality|stronger|larger|more recent|more current|newer|better|superior|applicab\w*|similar (?:population|patients|workers)|comparable|directly address\w*|level of evidence|grade [a-d]\b|strength of (?:the )?evidence|outcomes?|whereas|unlike)\b/i;

/**
 * True when a rationale says why it relies on non-MTUS sources: the MTUS is silent on the treatment, or an evidence
 * evaluation per 8 CCR 9792.25.1 that says what evidence and why. A stock phrase ("per 9792.25.1 the best available
 * evidence was used") names neither and does not count.
 */
export function statesMtusDeviationReason(rationaleText: string): boolean {
  if (SILENT.some((r) => r.test(rationaleText))) return true;
  const sentences = splitSentences(rationaleText);
  return sentences.some((sentence, i) => {
    if (!EVALUATION.test(sentence)) return false;
    const window = sentences.slice(Math.max(0, i - 1), i + 3).join(' ');
    return SPECIFIC_EVIDENCE.test(window) && WHY.test(window);
  });
}
