import type { CheckContext } from '../checkContext';
import type { CheckFinding } from '../checkFinding';
import type { CheckTarget } from '../checkTarget';
import { createFinding } from './createFinding';
import { findPlaceholders } from '../text/findPlaceholders';
import { itemDeterminationFor } from './itemDeterminationFor';
import { itemLabel } from './itemLabel';
import { itemsInPositionOrder } from './itemsInPositionOrder';
import { proseTextOf } from '../text/proseTextOf';

export function checkPlaceholders(ctx: CheckContext): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const scan = (text: string, target: CheckTarget, where: string): void => {
    const found = findPlaceholders(text);
    if (found.length === 0) return;
    const list = found.map((p) => `"${p}"`).join(', ');
    findings.push(
      createFinding(
        'PLACEHOLDER_TEXT',
        target,
        `Placeholder text ${list} is left in ${where}. Replace it with the final wording.`,
      ),
    );
  };
  scan(proseTextOf(ctx.determination.summary), { kind: 'summary' }, 'the clinical case summary');
  for (const item of itemsInPositionOrder(ctx.items)) {
    const det = itemDeterminationFor(ctx.determination, item.id);
    if (det === undefined) continue;
    const label = itemLabel(item);
    scan(
      proseTextOf(det.rationale),
      { kind: 'item', itemId: item.id, field: 'rationale' },
      `the rationale for ${label}`,
    );
    scan(
      det.caGuideline,
      { kind: 'item', itemId: item.id, field: 'caGuideline' },
      `the Claims Administrator guideline for ${label}`,
    );
  }
  return findings;
}
