import type { CheckContext } from '../checkContext';
import type { CheckFinding } from '../checkFinding';
import { createFinding } from './createFinding';
import { proseTextOf } from '../text/proseTextOf';
import { sentenceCopyShare } from '../text/sentenceCopyShare';
import { shingleContainment } from '../text/shingleContainment';
import { wordsOf } from '../text/wordShingles';

/** Fewer words cannot give age, injury, condition, findings, treatment to date and the request. */
export const MIN_SUMMARY_WORDS = 25;
/** The sample letter's summary quotes the UR rationale at length and sits near 0.45; a lightly edited copy is above 0.85. */
export const UR_COPY_WARNING_SHARE = 0.6;
export const UR_COPY_ERROR_SHARE = 0.85;
/**
 * Share of the summary's words in sentences reworded from the UR letter: the sample letter quotes the UR rationale
 * for half its words (0.5); a lightly reworded copy, with half its 5-word runs changed, stays above 0.8.
 */
export const UR_REWORDED_WARNING_SHARE = 0.55;
export const UR_REWORDED_ERROR_SHARE = 0.7;
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
  const { share } = sentenceCopyShare(text, ctx.urDenialText);
  const percent = Math.round(Math.max(containment, share) * 100);
  if (containment >= UR_COPY_ERROR_SHARE || share >= UR_REWORDED_ERROR_SHARE) {
    return [
      createFinding(
        'SUMMARY_COPIED_FROM_UR',
        target,
        `About ${percent}% of the clinical case summary is the UR letter's text, copied or lightly reworded. A determination may not rest on the UR review alone: write the summary from the medical records, in your own words.`,
      ),
    ];
  }
  if (containment >= UR_COPY_WARNING_SHARE || share >= UR_REWORDED_WARNING_SHARE) {
    return [
      createFinding(
        'SUMMARY_LARGELY_FROM_UR',
        target,
        `About ${percent}% of the clinical case summary follows the UR letter sentence by sentence. Quoting the UR decision is fine, but summarise the medical records in your own words.`,
      ),
    ];
  }
  return [];
}
