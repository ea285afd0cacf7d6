import type { CheckContext } from '../checkContext';
import type { CheckFinding } from '../checkFinding';
import { createFinding } from './createFinding';
import { proseTextOf } from '../text/proseTextOf';
import { shingleContainment } from '../text/shingleContainment';
import { wordsOf } from '../text/wordShingles';

/** Fewer words cannot give age, injury, condition, findings, treatment to date and the request. */
export const MIN_SUMMARY_WORDS = 25;
/** The sample letter's summary quotes the UR rationale at length and sits near 0.45; a lightly edited copy is above 0.85. */
export const UR_COPY_WARNING_SHARE = 0.6;
export const UR_COPY_ERROR_SHARE = 0.85;
const MIN_SHINGLES_TO_COMPARE = 10;

export function checkCaseSummary(ctx: CheckContext): CheckFinding[] {
  const target = { kind: 'summary' } as const;
  const text = proseTextOf(ctx.determination.summary);
  const wordCount = wordsOf(text).length;
  if (wordCount === 0) {
    return [
      createFinding(
        'SUMMARY_EMPTY',
        target,
        'The clinical case summary is empty. Summarise the medical records in your own words: the injury, the condition, findings, treatment to date and the request.',
      ),
    ];
  }
  if (wordCount < MIN_SUMMARY_WORDS) {
    return [
      createFinding(
        'SUMMARY_TOO_SHORT',
        target,
        `The clinical case summary has only ${wordCount} words. Describe the injury, the condition, findings, treatment to date and the request (at least ${MIN_SUMMARY_WORDS} words).`,
      ),
    ];
  }
  if (ctx.urDenialText === null) return [];
  const { containment, shingleCount } = shingleContainment(text, ctx.urDenialText);
  if (shingleCount < MIN_SHINGLES_TO_COMPARE) return [];
  const percent = Math.round(containment * 100);
  if (containment >= UR_COPY_ERROR_SHARE) {
    return [
      createFinding(
        'SUMMARY_COPIED_FROM_UR',
        target,
        `About ${percent}% of the clinical case summary is copied from the UR letter. A determination may not rest on the UR review alone: write the summary from the medical records, in your own words.`,
      ),
    ];
  }
  if (containment >= UR_COPY_WARNING_SHARE) {
    return [
      createFinding(
        'SUMMARY_LARGELY_FROM_UR',
        target,
        `About ${percent}% of the clinical case summary is UR letter text. Quoting the UR decision is fine, but summarise the medical records in your own words.`,
      ),
    ];
  }
  return [];
}
