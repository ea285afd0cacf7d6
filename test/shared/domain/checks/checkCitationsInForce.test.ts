import { describe, expect, it } from 'vitest';
import { checkCitationsInForce } from '../../../../shared/domain/checks/rules/checkCitationsInForce';
import { isInForceOn } from '../../../../shared/domain/checks/rules/isInForceOn';
import {
  buildCheckContext,
  caseRecord,
  itemDetermination,
  LITERATURE,
  MTUS_LOW_BACK,
  MTUS_LOW_BACK_2004,
  MTUS_LOW_BACK_2019,
  richDoc,
  snapshotOf,
  withItem,
} from './buildCheckContext';
import type { CitationSnapshot } from '../../../../shared/citations/citation';

function findingsCiting(citations: CitationSnapshot[], urDecisionDate = '2019-06-15') {
  const base = buildCheckContext({ caseRecord: caseRecord({ urDecisionDate }) });
  const rationale = richDoc(
    ['Per ', ...citations, ', imaging is not indicated.'],
    'Therefore, the request is not medically necessary.',
  );
  return checkCitationsInForce(withItem(base, itemDetermination('item-mri', 'upheld', rationale))).filter((f) =>
    f.key.includes('item-mri'),
  );
}

describe('checkCitationsInForce', () => {
  it('finds nothing when every citation was in force on the UR decision date', () => {
    expect(findingsCiting([snapshotOf(MTUS_LOW_BACK), snapshotOf(LITERATURE)])).toEqual([]);
  });

  it('warns with CITATION_NOT_IN_FORCE when a superseded guideline is cited', () => {
    const findings = findingsCiting([
      snapshotOf(MTUS_LOW_BACK_2004, 'MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304'),
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'CITATION_NOT_IN_FORCE',
        severity: 'warning',
        target: { kind: 'item', itemId: 'item-mri', field: 'citations' },
      }),
    ]);
    expect(findings[0]?.message).toContain(
      '"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304" (in force only until 2017-11-30)',
    );
  });

  it('warns when a guideline not yet in force is cited, and lists every such citation in one finding', () => {
    const findings = findingsCiting([snapshotOf(MTUS_LOW_BACK_2004), snapshotOf(MTUS_LOW_BACK_2019)]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('in force only until 2017-11-30');
    expect(findings[0]?.message).toContain('in force only from 2019-08-11');
  });

  it('counts the first and the last effective day as in force', () => {
    expect(findingsCiting([snapshotOf(MTUS_LOW_BACK)], '2017-12-01')).toEqual([]);
    expect(findingsCiting([snapshotOf(MTUS_LOW_BACK)], '2019-08-10')).toEqual([]);
    expect(findingsCiting([snapshotOf(MTUS_LOW_BACK)], '2019-08-11')).toHaveLength(1);
  });
});

describe('isInForceOn', () => {
  it('treats missing bounds as open', () => {
    expect(isInForceOn(null, null, '2001-01-01')).toBe(true);
    expect(isInForceOn(null, '2017-11-30', '2017-12-01')).toBe(false);
    expect(isInForceOn('2017-12-01', null, '2017-11-30')).toBe(false);
  });
});
