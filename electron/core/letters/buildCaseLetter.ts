import { buildLetterModel } from '../../../shared/domain/letter/buildLetterModel';
import type { LetterModel } from '../../../shared/domain/letter/letterModel';
import type { FinalizeInput } from '../determinations/loadFinalizeInput';

export function buildCaseLetter(input: FinalizeInput): LetterModel {
  return buildLetterModel({
    case: input.caseRecord,
    items: input.items,
    determination: input.determination,
    documents: input.documents,
    profile: input.profile,
    settings: input.letterSettings,
    decisionDate: input.today,
  });
}
