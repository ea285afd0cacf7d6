import { checkCaseSummary } from './rules/checkCaseSummary';
import { checkCitationsInForce } from './rules/checkCitationsInForce';
import type { CheckContext } from './checkContext';
import { checkDecisionMatchesConclusion } from './rules/checkDecisionMatchesConclusion';
import { checkDocumentsReviewed } from './rules/checkDocumentsReviewed';
import type { CheckFinding, CheckRule } from './checkFinding';
import { checkItemsComplete } from './rules/checkItemsComplete';
import { checkMtusFirst } from './rules/checkMtusFirst';
import { checkPlaceholders } from './rules/checkPlaceholders';
import { checkReviewerIdentity } from './rules/checkReviewerIdentity';
import { checkReviewerProfileReady } from './rules/checkReviewerProfileReady';

/** In the order the panel lists them: the letter's own order (summary, items), then the file, then identity. */
export const PRE_SIGN_RULES: readonly CheckRule[] = [
  checkCaseSummary,
  checkItemsComplete,
  checkDecisionMatchesConclusion,
  checkMtusFirst,
  checkCitationsInForce,
  checkPlaceholders,
  checkDocumentsReviewed,
  checkReviewerIdentity,
  checkReviewerProfileReady,
];

export function runPreSignChecks(ctx: CheckContext): CheckFinding[] {
  return PRE_SIGN_RULES.flatMap((rule) => rule(ctx));
}
