import type { CheckContext } from '../checkContext';
import type { CheckFinding } from '../checkFinding';
import type { CheckTarget } from '../checkTarget';
import { createFinding } from './createFinding';
import { findPlaceholders } from '../text/findPlaceholders';
import { itemDeterminationFor } from './itemDeterminationFor';
import { itemLabel } from './itemLabel';
import { itemsInPositionOrder } from './itemsInPositionOrder';
import { proseTextOf } from '../text/proseTextOf';
import { fieldAttrsOf, visitRichText, type RichTextDoc } from '../../../editor';

export function checkPlaceholders(ctx: CheckContext): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const scan = (text: string, target: CheckTarget, where: string, doc?: RichTextDoc): void => {
    const fields = doc === undefined ? [] : unfilledFields(doc);
    const found = [...new Set([...fields, ...findPlaceholders(text)])];
    if (found.length === 0) return;
    const list = found.map((p) => `"${p}"`).join(', ');
    const fill = fields.length > 0 ? ' Fill in the snippet fields (click a field and type),' : '';
    findings.push(
      createFinding(
        'PLACEHOLDER_TEXT',
        target,
        `Placeholder text ${list} is left in ${where}.${fill} Replace it with the final wording.`,
      ),
    );
  };
  scan(
    proseTextOf(ctx.determination.summary),
    { kind: 'summary' },
    'the clinical case summary',
    ctx.determination.summary,
  );
  for (const item of itemsInPositionOrder(ctx.items)) {
    const det = itemDeterminationFor(ctx.determination, item.id);
    if (det === undefined) continue;
    const label = itemLabel(item);
    scan(
      proseTextOf(det.rationale),
      { kind: 'item', itemId: item.id, field: 'rationale' },
      `the rationale for ${label}`,
      det.rationale,
    );
    scan(
      det.caGuideline,
      { kind: 'item', itemId: item.id, field: 'caGuideline' },
      `the Claims Administrator guideline for ${label}`,
    );
  }
  return findings;
}

/** Fill-in fields of an inserted snippet that are still in the text, as "[label]". */
function unfilledFields(doc: RichTextDoc): string[] {
  const labels: string[] = [];
  visitRichText(doc, (node) => {
    const field = fieldAttrsOf(node);
    if (field) labels.push(`[${field.label}]`);
  });
  return labels;
}
