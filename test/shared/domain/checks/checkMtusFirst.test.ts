import { describe, expect, it } from 'vitest';
import { checkMtusFirst } from '../../../../shared/domain/checks/rules/checkMtusFirst';
import { normalizeBodyPart } from '../../../../shared/domain/checks/rules/normalizeBodyPart';
import { statesMtusDeviationReason } from '../../../../shared/domain/checks/text/statesMtusDeviationReason';
import {
  buildCheckContext,
  caseRecord,
  itemDetermination,
  LITERATURE,
  MTUS_LOW_BACK,
  ODG_LOW_BACK_MRI,
  ODG_SHOULDER,
  richDoc,
  snapshotOf,
  TEST_CATALOG,
  withItem,
} from './buildCheckContext';
import type { CheckContext } from '../../../../shared/domain/checks/checkContext';
import type { CitationSnapshot } from '../../../../shared/citations/citation';

const CLOSING = 'Therefore, the request for a repeat lumbar MRI is not medically necessary.';

function ctxCiting(
  citations: CitationSnapshot[],
  reasoning = 'The records show no new deficit.',
  base: CheckContext = buildCheckContext(),
): CheckContext {
  return withItem(
    base,
    itemDetermination(
      'item-mri',
      'upheld',
      richDoc(['Per ', ...citations, ', repeat imaging needs a change in findings.'], reasoning, CLOSING),
    ),
  );
}

describe('checkMtusFirst', () => {
  it('finds nothing when an MTUS guideline is cited', () => {
    expect(checkMtusFirst(ctxCiting([snapshotOf(ODG_LOW_BACK_MRI), snapshotOf(MTUS_LOW_BACK)]))).toEqual([]);
  });

  it('warns with MTUS_NOT_CITED when only ODG is cited for a body part the MTUS covers on the UR date', () => {
    const findings = checkMtusFirst(ctxCiting([snapshotOf(ODG_LOW_BACK_MRI)]));
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'MTUS_NOT_CITED',
        severity: 'warning',
        target: { kind: 'item', itemId: 'item-mri', field: 'citations' },
      }),
    ]);
    expect(findings[0]?.message).toContain('ACOEM Low Back Disorders Guideline');
    expect(findings[0]?.message).not.toContain('(2019)');
  });

  it.each([
    'California MTUS does not address this issue.',
    'The MTUS is silent regarding repeat imaging.',
    'The CA MTUS guidelines do not specifically address repeat MRI.',
    "MTUS doesn't address flexion and extension views.",
    'Repeat MRI is not addressed by the MTUS.',
    'The MTUS has no specific recommendation for this device.',
    'Under 8 CCR 9792.25.1, the ODG recommendation rests on a 2014 randomized controlled trial of 240 workers, which is more recent and of higher quality than the case series behind the 2004 ACOEM text.',
    'I evaluated the studies under 9792.25.1: the meta-analysis cited by ODG (Chou et al., 2009) showed no benefit of repeat imaging without new deficits, and it applies to patients like this worker.',
    'The presumption of the MTUS is rebutted: two randomized trials (Smith 2016; Lee 2018) in 600 workers with chronic neck pain showed better outcomes with the ODG approach.',
  ])('accepts the stated reason "%s"', (reason) => {
    expect(checkMtusFirst(ctxCiting([snapshotOf(ODG_LOW_BACK_MRI)], reason))).toEqual([]);
  });

  it('does not accept a rationale that merely mentions the MTUS', () => {
    expect(
      checkMtusFirst(ctxCiting([snapshotOf(ODG_LOW_BACK_MRI)], 'The MTUS and ODG both discuss imaging.')),
    ).toHaveLength(1);
  });

  it('finds nothing when no MTUS entry covers the cited body part', () => {
    expect(checkMtusFirst(ctxCiting([snapshotOf(ODG_SHOULDER)]))).toEqual([]);
  });

  it('finds nothing when the MTUS entry for the body part was not in force on the UR date', () => {
    const catalog = TEST_CATALOG.filter((e) => e.id !== MTUS_LOW_BACK.id && e.id !== 'mtus-acoem-low-back-2019');
    expect(
      checkMtusFirst(ctxCiting([snapshotOf(ODG_LOW_BACK_MRI)], undefined, buildCheckContext({ catalog }))),
    ).toEqual([]);
  });

  it("uses the case's body parts when the cited literature carries none", () => {
    expect(checkMtusFirst(ctxCiting([snapshotOf(LITERATURE)]))).toHaveLength(1);
    const shoulderCase = buildCheckContext({ caseRecord: caseRecord({ bodyParts: ['Right shoulder'] }) });
    expect(checkMtusFirst(ctxCiting([snapshotOf(LITERATURE)], undefined, shoulderCase))).toEqual([]);
  });

  it('leaves an item without citations to the citation-missing check', () => {
    expect(
      checkMtusFirst(withItem(buildCheckContext(), itemDetermination('item-mri', 'upheld', richDoc(CLOSING)))),
    ).toEqual([]);
  });
});

describe('statesMtusDeviationReason', () => {
  it.each([
    'Per 8 CCR 9792.25.1, the best available evidence was used.',
    'ODG was relied upon in accordance with the MTUS methodology for evaluating medical evidence (9792.25.1).',
    'The presumption of correctness of the MTUS is rebutted by a preponderance of the scientific medical evidence.',
    'After evaluating the underlying studies, the ODG recommendation has the best available evidence.',
    'Under 8 CCR 9792.25.1, the ODG recommendation rests on stronger evidence.',
    'ODG is an evidence-based, nationally recognized guideline.',
  ])('rejects the stock phrase "%s" that names no evidence and no reason', (stock) => {
    expect(statesMtusDeviationReason(`ODG recommends MRI for progressive deficit. ${stock}`)).toBe(false);
  });

  it('finds no reason in a rationale that only applies a guideline', () => {
    expect(
      statesMtusDeviationReason('ODG recommends MRI for progressive neurologic deficit. None is documented.'),
    ).toBe(false);
  });
});

describe('normalizeBodyPart', () => {
  it.each([
    ['Lumbar spine', 'low back'],
    ['L-spine', 'low back'],
    ['Lower back', 'low back'],
    ['Cervical spine', 'neck'],
    ['Right knee', 'knee'],
    ['Bilateral knees', 'knee'],
    ['Left shoulder', 'shoulder'],
    ['Hips', 'hip'],
    ['Pelvis', 'hip'],
    ['Feet', 'foot'],
  ])('maps "%s" to "%s"', (input, key) => {
    expect(normalizeBodyPart(input)).toBe(key);
  });
});
