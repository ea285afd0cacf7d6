import type { CheckCode } from '../checkCatalog';
import type { CheckContext } from '../checkContext';
import type { CheckFinding } from '../checkFinding';
import type { CheckTarget } from '../checkTarget';
import { createFinding } from './createFinding';
import { foldForMatching } from '../text/foldForMatching';
import { itemDeterminationFor } from './itemDeterminationFor';
import { itemLabel } from './itemLabel';
import { itemsInPositionOrder } from './itemsInPositionOrder';
import { proseTextOf } from '../text/proseTextOf';
import { reviewerIdentityPatterns, type IdentityPattern } from '../text/reviewerIdentityPatterns';

const WHY = 'Reviewer names are confidential (Lab. Code 4610.6(f)); the letter carries only your qualifications.';

/** The reviewer's name, email and license number never reach the letter or the PDF's properties. */
export function checkReviewerIdentity(ctx: CheckContext): CheckFinding[] {
  const patterns = reviewerIdentityPatterns(ctx.profile);
  const findings: CheckFinding[] = [];
  const scan = (text: string, target: CheckTarget, where: string, metadata: boolean): void => {
    if (text.length === 0) return;
    const folded = foldForMatching(text);
    const hits = matches(folded, patterns.identifying);
    if (hits.length === 0 && patterns.surname !== null) {
      const surname = patterns.surname.pattern.exec(folded);
      if (surname !== null && !metadata) {
        findings.push(
          createFinding(
            'REVIEWER_SURNAME_IN_LETTER',
            target,
            `${where} contains "${surname[0]}", your surname. If it refers to you, remove it; if it means something else here, acknowledge this warning.`,
          ),
        );
        return;
      }
      if (surname !== null) hits.push(`${patterns.surname.what} ("${surname[0]}")`);
    }
    if (hits.length === 0) return;
    const code: CheckCode = metadata ? 'REVIEWER_IDENTITY_IN_PDF_METADATA' : 'REVIEWER_IDENTITY_IN_LETTER';
    findings.push(createFinding(code, target, `${where} contains ${hits.join(', ')}. Remove it. ${WHY}`));
  };

  scan(proseTextOf(ctx.determination.summary), { kind: 'summary' }, 'The clinical case summary', false);
  for (const item of itemsInPositionOrder(ctx.items)) {
    const det = itemDeterminationFor(ctx.determination, item.id);
    if (det === undefined) continue;
    const label = itemLabel(item);
    scan(
      proseTextOf(det.rationale),
      { kind: 'item', itemId: item.id, field: 'rationale' },
      `The rationale for ${label}`,
      false,
    );
    scan(
      det.caGuideline,
      { kind: 'item', itemId: item.id, field: 'caGuideline' },
      `The Claims Administrator guideline for ${label}`,
      false,
    );
  }
  scan(ctx.letterText ?? '', { kind: 'letter' }, 'The letter', false);
  const metadata = Object.entries(ctx.pdfMetadata ?? {})
    .map(([field, value]) => `${field}: ${value}`)
    .join('\n');
  scan(metadata, { kind: 'letter' }, "The letter PDF's properties", true);
  return findings;
}

function matches(folded: string, patterns: readonly IdentityPattern[]): string[] {
  const hits: string[] = [];
  for (const { what, pattern } of patterns) {
    const m = pattern.exec(folded);
    if (m !== null) hits.push(`${what} ("${m[0]}")`);
  }
  return hits;
}
