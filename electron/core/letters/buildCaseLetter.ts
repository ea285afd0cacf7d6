import { buildLetterModel, type LetterModel } from '../../../shared/domain/letter';

import type { FinalizeInput } from '../determinations';

export function buildCaseLetter(input: FinalizeInput): LetterModel {
  return buildLetterModel({
    case: input.caseRecord,
    items: input.items,
    determination: input.determination,
    documents: input.documents,
    encounters: input.encounters,
    profile: input.profile,
    settings: input.letterSettings,
    decisionDate: input.today,
  });
}
