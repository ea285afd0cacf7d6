import { isMtusFamily, type CatalogEntry } from '../../../citations';
import type { CheckContext } from '../checkContext';
import type { CheckFinding } from '../checkFinding';
import { createFinding } from './createFinding';
import { itemDeterminationFor } from './itemDeterminationFor';
import { itemLabel } from './itemLabel';
import { itemsInPositionOrder } from './itemsInPositionOrder';
import { mtusEntriesForBodyParts } from './mtusEntriesForBodyParts';
import { proseTextOf } from '../text/proseTextOf';
import { reviewerCitationsOf } from './reviewerCitationsOf';
import { statesMtusDeviationReason } from '../text/statesMtusDeviationReason';

/**
 * MTUS first (8 CCR 9792.21.1): non-MTUS-only citations need a stated reason when the MTUS covers the body part.
 * The body parts come from the cited entries; citations without any (literature) fall back to the case's.
 */
export function checkMtusFirst(ctx: CheckContext): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const item of itemsInPositionOrder(ctx.items)) {
    const det = itemDeterminationFor(ctx.determination, item.id);
    if (det === undefined) continue;
    const citations = reviewerCitationsOf(det);
    if (citations.length === 0 || citations.some((c) => c.mtus || isMtusFamily(c.family))) continue;
    const cited = citations.flatMap((c) => c.bodyParts);
    const bodyParts = cited.length > 0 ? cited : ctx.caseRecord.bodyParts;
    const available = mtusEntriesForBodyParts(ctx.catalog, bodyParts, ctx.caseRecord.urDecisionDate);
    if (available.length === 0 || statesMtusDeviationReason(proseTextOf(det.rationale))) continue;
    findings.push(
      createFinding(
        'MTUS_NOT_CITED',
        { kind: 'item', itemId: item.id, field: 'citations' },
        `The rationale for ${itemLabel(item)} cites only non-MTUS sources, but the MTUS covers this body part (${describe(available)}). Cite the MTUS, or say in the rationale why not: the MTUS does not address the issue, or your 9792.25.1 evaluation of the evidence.`,
      ),
    );
  }
  return findings;
}

function describe(entries: readonly CatalogEntry[]): string {
  const names = entries
    .slice(0, 2)
    .map((e) => [e.guideline, e.chapterTitle ?? e.topic].filter((s) => s !== null && s !== '').join(', '));
  return entries.length > 2 ? `${names.join('; ')}; and ${entries.length - 2} more` : names.join('; ');
}
