import { analyzeConclusion } from '../text/analyzeConclusion';
import type { CheckContext } from '../checkContext';
import type { CheckFinding } from '../checkFinding';
import { createFinding } from './createFinding';
import { itemDeterminationFor } from './itemDeterminationFor';
import { itemLabel } from './itemLabel';
import { itemsInPositionOrder } from './itemsInPositionOrder';
import { proseTextOf } from '../text/proseTextOf';
import { shortQuote } from '../text/shortQuote';

/**
 * The decision line and the rationale's conclusion must agree (Upheld = not medically necessary), and no other firm
 * conclusion about the request may say the opposite, wherever it stands in the rationale.
 */
export function checkDecisionMatchesConclusion(ctx: CheckContext): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const item of itemsInPositionOrder(ctx.items)) {
    const det = itemDeterminationFor(ctx.determination, item.id);
    if (det === undefined || det.decision === 'undecided') continue;
    const text = proseTextOf(det.rationale);
    if (!/\p{L}/u.test(text)) continue;
    const label = itemLabel(item);
    const target = { kind: 'item', itemId: item.id, field: 'rationale' } as const;
    const expected = det.decision === 'upheld' ? 'not_necessary' : 'necessary';
    const decisionName = det.decision === 'upheld' ? 'Upheld' : 'Overturned';
    const expectedWords = det.decision === 'upheld' ? 'is not medically necessary' : 'is medically necessary';
    const { verdict, sentence, conclusions } = analyzeConclusion(text, item.requestedTreatment);
    const contrary = conclusions.find((c) => c.firm && c.polarity !== 'mixed' && c.polarity !== expected);
    if (verdict === 'missing') {
      findings.push(
        createFinding(
          'CONCLUSION_MISSING',
          target,
          `The rationale for ${label} does not state a conclusion. Close it with a sentence such as "Therefore, the request for ${item.requestedTreatment} ${expectedWords}."`,
        ),
      );
    } else if (verdict !== 'ambiguous' && (verdict !== expected || contrary !== undefined)) {
      const quoted = verdict !== expected ? (sentence ?? '') : (contrary?.sentence ?? '');
      const concluded = verdict !== expected ? verdict : (contrary?.polarity ?? verdict);
      const words = concluded === 'necessary' ? 'medically necessary' : 'not medically necessary';
      findings.push(
        createFinding(
          'DECISION_CONCLUSION_MISMATCH',
          target,
          `${label} is marked ${decisionName}, but the rationale ${verdict !== expected ? 'concludes' : 'also says'} it is ${words}: ${shortQuote(quoted)}. Change the decision or the rationale so they agree.`,
        ),
      );
    } else if (verdict === 'ambiguous') {
      findings.push(
        createFinding(
          'CONCLUSION_AMBIGUOUS',
          target,
          `The concluding sentence of the rationale for ${label} says both "medically necessary" and "not medically necessary": ${shortQuote(sentence ?? '')}. State one conclusion that matches the decision (${decisionName}).`,
        ),
      );
    }
  }
  return findings;
}
