import type { CheckContext } from '../checkContext';
import type { CheckFinding } from '../checkFinding';
import { createFinding } from './createFinding';
import { itemDeterminationFor } from './itemDeterminationFor';
import { itemLabel } from './itemLabel';
import { itemsInPositionOrder } from './itemsInPositionOrder';
import { proseTextOf } from '../text/proseTextOf';
import { reviewerCitationsOf } from './reviewerCitationsOf';

/** Every disputed item is decided, explained and cited. An item missing from the draft counts as all three. */
export function checkItemsComplete(ctx: CheckContext): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const item of itemsInPositionOrder(ctx.items)) {
    const label = itemLabel(item);
    const det = itemDeterminationFor(ctx.determination, item.id);
    if (det === undefined || det.decision === 'undecided') {
      findings.push(
        createFinding(
          'ITEM_UNDECIDED',
          { kind: 'item', itemId: item.id, field: 'decision' },
          `No decision yet for ${label}. Choose Upheld or Overturned.`,
        ),
      );
    }
    if (det === undefined || !/[\p{L}\p{N}]/u.test(proseTextOf(det.rationale))) {
      findings.push(
        createFinding(
          'ITEM_RATIONALE_EMPTY',
          { kind: 'item', itemId: item.id, field: 'rationale' },
          `The rationale for ${label} is empty. Explain in plain language how the guidelines apply to this patient's records.`,
        ),
      );
    }
    if (det === undefined || reviewerCitationsOf(det).length === 0) {
      findings.push(
        createFinding(
          'ITEM_CITATION_MISSING',
          { kind: 'item', itemId: item.id, field: 'citations' },
          `${label} cites no guideline. Add at least one to its cited guidelines (or type [[ in the rationale), MTUS first.`,
        ),
      );
    }
  }
  return findings;
}
