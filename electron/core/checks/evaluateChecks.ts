import type { CheckFinding } from '../../../shared/domain/checks/checkFinding';
import { runPreSignChecks } from '../../../shared/domain/checks/runPreSignChecks';
import { signingBlockers } from '../../../shared/domain/checks/signingBlockers';
import { letterToPlainText } from '../../../shared/domain/letter/letterToPlainText';
import type { LetterModel } from '../../../shared/domain/letter/letterModel';
import type { FinalizeInput } from '../determinations/loadFinalizeInput';

export interface CheckOutcome {
  findings: CheckFinding[];
  blockers: CheckFinding[];
}

/** The pre-sign rules over the stored draft and the letter it produces; PDF properties only once a PDF exists. */
export function evaluateChecks(input: FinalizeInput, letter: LetterModel, pdfMetadata?: Readonly<Record<string, string>>): CheckOutcome {
  const findings = runPreSignChecks({
    caseRecord: input.caseRecord,
    items: input.items,
    determination: input.determination,
    documents: input.documents,
    urDenialText: input.urDenialText,
    profile: input.profile,
    catalog: input.catalog,
    letterText: letterToPlainText(letter),
    pdfMetadata,
  });
  return { findings, blockers: signingBlockers(findings, new Set(input.acknowledgedKeys)) };
}
