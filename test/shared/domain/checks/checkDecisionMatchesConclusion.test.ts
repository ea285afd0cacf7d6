import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../../shared/domain/caseModel';
import { checkDecisionMatchesConclusion } from '../../../../shared/domain/checks/rules/checkDecisionMatchesConclusion';
import {
  buildCheckContext,
  itemDetermination,
  MTUS_LOW_BACK,
  richDoc,
  snapshotOf,
  withItem,
} from './buildCheckContext';

function findingsFor(decision: Decision, ...paragraphs: string[]) {
  const rationale = richDoc(
    ['Per the MTUS ', snapshotOf(MTUS_LOW_BACK), ', imaging needs objective nerve compromise.'],
    ...paragraphs,
  );
  return checkDecisionMatchesConclusion(
    withItem(buildCheckContext(), itemDetermination('item-mri', decision, rationale)),
  );
}

describe('checkDecisionMatchesConclusion', () => {
  it('finds nothing when Upheld closes "not medically necessary" and Overturned closes "medically necessary"', () => {
    expect(checkDecisionMatchesConclusion(buildCheckContext())).toEqual([]);
  });

  it('reports DECISION_CONCLUSION_MISMATCH when Upheld closes "medically necessary"', () => {
    const findings = findingsFor('upheld', 'Therefore, the request for a repeat lumbar MRI is medically necessary.');
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'DECISION_CONCLUSION_MISMATCH',
        severity: 'error',
        target: { kind: 'item', itemId: 'item-mri', field: 'rationale' },
      }),
    ]);
    expect(findings[0]?.message).toContain('marked Upheld, but the rationale concludes it is medically necessary');
    expect(findings[0]?.message).toContain('“Therefore, the request for a repeat lumbar MRI is medically necessary.”');
  });

  it('reports DECISION_CONCLUSION_MISMATCH when Overturned closes "not medically necessary"', () => {
    const findings = findingsFor('overturned', 'Therefore, the request cannot be considered medically necessary.');
    expect(findings.map((f) => f.code)).toEqual(['DECISION_CONCLUSION_MISMATCH']);
    expect(findings[0]?.message).toContain(
      'marked Overturned, but the rationale concludes it is not medically necessary',
    );
  });

  it('accepts the UR outcome wording as a conclusion in both directions', () => {
    expect(findingsFor('upheld', 'Therefore, the UR decision is upheld.')).toEqual([]);
    expect(findingsFor('overturned', 'Therefore, the UR denial is overturned.')).toEqual([]);
    expect(findingsFor('overturned', 'Therefore, the UR decision is upheld.').map((f) => f.code)).toEqual([
      'DECISION_CONCLUSION_MISMATCH',
    ]);
  });

  it('warns with CONCLUSION_MISSING and suggests the closing sentence when none is found', () => {
    const findings = findingsFor('upheld', 'The 5/2/19 examination is unchanged.');
    expect(findings).toEqual([expect.objectContaining({ code: 'CONCLUSION_MISSING', severity: 'warning' })]);
    expect(findings[0]?.message).toContain(
      '"Therefore, the request for Repeat MRI of the lumbar spine is not medically necessary."',
    );
  });

  it('warns with CONCLUSION_AMBIGUOUS when the closing sentence says both', () => {
    const findings = findingsFor(
      'upheld',
      'The MRI is not medically necessary, but a radiograph is medically necessary.',
    );
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['CONCLUSION_AMBIGUOUS', 'warning']]);
  });

  it('stays silent for undecided items and empty rationales, which other checks report', () => {
    expect(
      checkDecisionMatchesConclusion(
        withItem(
          buildCheckContext(),
          itemDetermination('item-mri', 'undecided', richDoc('The request is medically necessary.')),
        ),
      ),
    ).toEqual([]);
    expect(
      checkDecisionMatchesConclusion(
        withItem(buildCheckContext(), itemDetermination('item-mri', 'upheld', richDoc(''))),
      ),
    ).toEqual([]);
  });

  it('ignores a citation chip placed after the closing sentence', () => {
    const rationale = richDoc('Imaging is not indicated. Therefore, the request is not medically necessary.', [
      snapshotOf(MTUS_LOW_BACK),
    ]);
    expect(
      checkDecisionMatchesConclusion(withItem(buildCheckContext(), itemDetermination('item-mri', 'upheld', rationale))),
    ).toEqual([]);
  });
});
