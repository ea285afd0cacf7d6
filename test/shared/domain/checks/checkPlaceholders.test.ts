import { describe, expect, it } from 'vitest';
import { checkPlaceholders } from '../../../../shared/domain/checks/rules/checkPlaceholders';
import { findPlaceholders } from '../../../../shared/domain/checks/text/findPlaceholders';
import {
  buildCheckContext,
  GOOD_SUMMARY,
  itemDetermination,
  overturnedTherapyRationale,
  richDoc,
  withItem,
} from './buildCheckContext';

describe('findPlaceholders', () => {
  it.each([
    ['TODO add the 5/2/19 exam', 'TODO'],
    ['todo: add exam', 'todo:'],
    ['Date of MRI TBD.', 'TBD'],
    ['MRI dated XX/XX/2018', 'XX'],
    ['On xxx the patient', 'xxx'],
    ['See [[record]] here', '[['],
    ['Dose ??? mg', '???'],
    ['<insert exam findings>', '<insert exam findings>'],
    ['[Insert date]', '[Insert date]'],
    ['Lorem  ipsum dolor', 'Lorem  ipsum'],
    ['FIXME', 'FIXME'],
  ])('finds the placeholder in "%s"', (text, found) => {
    expect(findPlaceholders(text)).toContain(found);
  });

  it.each([
    'An x-ray, an MRI and an XXL brace were requested.',
    'The patient said "todo el día me duele" through an interpreter.',
    'Is the request supported? No.',
    'Oxycodone 10 mg, Xarelto and TENS were discussed [1].',
    'Hydrocodone/APAP 10/325 mg (Norco) XR formulation.',
  ])('finds nothing in ordinary clinical text "%s"', (text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });
});

describe('checkPlaceholders', () => {
  it('finds nothing in a finished letter', () => {
    expect(checkPlaceholders(buildCheckContext())).toEqual([]);
  });

  it('reports PLACEHOLDER_TEXT on the summary, the rationale and the Claims Administrator guideline separately', () => {
    const base = buildCheckContext();
    const withSummary = {
      ...base,
      determination: { ...base.determination, summary: richDoc(`${GOOD_SUMMARY} MRI date TBD.`) },
    };
    const ctx = withItem(
      withSummary,
      itemDetermination('item-pt', 'overturned', richDoc('TODO [[exam]]'), 'Decision based on <insert guideline>'),
    );
    const findings = checkPlaceholders(ctx);
    expect(findings.map((f) => [f.key, f.severity])).toEqual([
      ['PLACEHOLDER_TEXT@summary', 'error'],
      ['PLACEHOLDER_TEXT@item:item-pt:rationale', 'error'],
      ['PLACEHOLDER_TEXT@item:item-pt:caGuideline', 'error'],
    ]);
    expect(findings[1]?.message).toBe(
      'Placeholder text "TODO", "[[", "]]" is left in the rationale for “Physical therapy, 6 sessions”. Replace it with the final wording.',
    );
  });

  it('stays silent on the rationale once the placeholder is replaced', () => {
    expect(
      checkPlaceholders(
        withItem(buildCheckContext(), itemDetermination('item-pt', 'overturned', overturnedTherapyRationale())),
      ),
    ).toEqual([]);
  });
});

describe('findPlaceholders: bracketed field names and template markers', () => {
  it.each([
    ['The patient is a [AGE]-year-old with [body part] pain.', '[AGE]'],
    ['Therefore, the request for [Treatment] is not medically necessary.', '[Treatment]'],
    ['Seen by [PROVIDER NAME] on [date].', '[PROVIDER NAME]'],
    ['Functional gains: {{functional_improvement}}.', '{{functional_improvement}}'],
    ['MRI on XX/XX/XXXX showed a bulge.', 'XX/XX/XXXX'],
    ['Prescribed <drug name> for pain.', '<drug name>'],
    ['The [drug_name] dose was reduced.', '[drug_name]'],
    ['Documented: ______ sessions.', '______'],
    ['Requested by <<physician>>.', '<<physician>>'],
    ['Pain relief of [percent] with [medicationName].', '[medicationName]'],
    ['(insert findings here)', '(insert findings here)'],
  ])('finds the field in "%s"', (text, found) => {
    expect(findPlaceholders(text)).toContain(found);
  });

  it.each([
    'She stated "[she] could not lift the box" [sic].',
    'Per the CPMTG [DWC] section, physical medicine is recommended [1].',
    'The note reads "the pain [in the neck] is worse" and type 2 diabetes is controlled.',
    'Pain <3/10 at rest; MED <50 mg per day.',
    'The quote was shortened [...] as shown.',
  ])('finds nothing in "%s"', (text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });
});
