import { runPreSignChecks, signingBlockers, type CheckFinding } from '../../../shared/domain/checks';

import { letterToPlainText, type LetterModel } from '../../../shared/domain/letter';

import type { FinalizeInput } from '../determinations';

export interface CheckOutcome {
  findings: CheckFinding[];
  blockers: CheckFinding[];
}

/** The pre-sign rules over the stored draft and the letter it produces; PDF properties only once a PDF exists. */
export function evaluateChecks(
  input: FinalizeInput,
  letter: LetterModel,
  pdfMetadata?: Readonly<Record<string, string>>,
): CheckOutcome {
  const findings = runPreSignChecks({
    caseRecord: input.caseRecord,
    items: input.items,
    determination: input.determination,
    documents: input.documents,
    unavailableDocumentIds: input.unavailableDocumentIds,
    urDenialText: input.urDenialText,
    profile: input.profile,
    profileIsDefault: input.profileIsDefault,
    catalog: input.catalog,
    letterText: letterToPlainText(letter),
    pdfMetadata,
  });
  return { findings, blockers: signingBlockers(findings, new Set(input.acknowledgedKeys)) };
}
