import { checkCaseSummary } from './checkCaseSummary';
import { checkCitationsInForce } from './checkCitationsInForce';
import type { CheckContext } from './checkContext';
import { checkDecisionMatchesConclusion } from './checkDecisionMatchesConclusion';
import { checkDocumentsReviewed } from './checkDocumentsReviewed';
import type { CheckFinding, CheckRule } from './checkFinding';
import { checkItemsComplete } from './checkItemsComplete';
import { checkMtusFirst } from './checkMtusFirst';
import { checkPlaceholders } from './checkPlaceholders';
import { checkReviewerIdentity } from './checkReviewerIdentity';

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
];

export function runPreSignChecks(ctx: CheckContext): CheckFinding[] {
  return PRE_SIGN_RULES.flatMap((rule) => rule(ctx));
}
