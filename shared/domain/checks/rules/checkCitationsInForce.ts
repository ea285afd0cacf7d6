import type { CitationSnapshot } from '../../../citations';
import type { CheckContext } from '../checkContext';
import type { CheckFinding } from '../checkFinding';
import { createFinding } from './createFinding';
import { isInForceOn } from './isInForceOn';
import { itemDeterminationFor } from './itemDeterminationFor';
import { itemLabel } from './itemLabel';
import { itemsInPositionOrder } from './itemsInPositionOrder';
import { reviewerCitationsOf } from './reviewerCitationsOf';

/**
 * Guidelines in force on the UR decision date. A warning, not an error: the governing date is the RFA/service date,
 * which the UR date only approximates, and an outdated guideline may be cited on purpose in a 9792.25.1 comparison.
 * One finding per item lists every such citation, so the finding key stays unique.
 */
export function checkCitationsInForce(ctx: CheckContext): CheckFinding[] {
  const date = ctx.caseRecord.urDecisionDate;
  const findings: CheckFinding[] = [];
  for (const item of itemsInPositionOrder(ctx.items)) {
    const det = itemDeterminationFor(ctx.determination, item.id);
    if (det === undefined) continue;
    const stale = reviewerCitationsOf(det).filter((c) => !isInForceOn(c.effectiveFrom, c.effectiveTo, date));
    if (stale.length === 0) continue;
    findings.push(
      createFinding(
        'CITATION_NOT_IN_FORCE',
        { kind: 'item', itemId: item.id, field: 'citations' },
        `The rationale for ${itemLabel(item)} cites a guideline that was not in force on the UR decision date (${date}): ${stale.map((c) => describe(c, date)).join('; ')}. Cite the version in force on that date, or explain why this one applies.`,
      ),
    );
  }
  return findings;
}

function describe(c: CitationSnapshot, date: string): string {
  const notYet = c.effectiveFrom !== null && date < c.effectiveFrom;
  return `"${c.label}" (${notYet ? `in force only from ${c.effectiveFrom}` : `in force only until ${c.effectiveTo ?? ''}`})`;
}
