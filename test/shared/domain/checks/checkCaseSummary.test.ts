import { describe, expect, it } from 'vitest';
import { checkCaseSummary } from '../../../../shared/domain/checks/rules/checkCaseSummary';
import { shingleContainment } from '../../../../shared/domain/checks/text/shingleContainment';
import { buildCheckContext, richDoc, snapshotOf, MTUS_LOW_BACK } from './buildCheckContext';
import {
  LIGHTLY_EDITED_UR_COPY,
  MOSTLY_UR_SUMMARY,
  OWN_WORDS_SUMMARY,
  SAMPLE_LETTER_SUMMARY,
  SAMPLE_UR_LETTER,
} from './urCopyFixtures';

function findingsFor(summaryText: string, urDenialText: string | null = SAMPLE_UR_LETTER) {
  const base = buildCheckContext({ urDenialText });
  return checkCaseSummary({ ...base, determination: { ...base.determination, summary: richDoc(summaryText) } });
}

function codesFor(summaryText: string, urDenialText: string | null = SAMPLE_UR_LETTER): string[] {
  return findingsFor(summaryText, urDenialText).map((f) => f.code);
}

describe('checkCaseSummary', () => {
  it('reports SUMMARY_EMPTY as an error when the summary has no words', () => {
    const base = buildCheckContext();
    const findings = checkCaseSummary({
      ...base,
      determination: { ...base.determination, summary: richDoc('', '  ') },
    });
    expect(findings).toEqual([
      expect.objectContaining({ code: 'SUMMARY_EMPTY', severity: 'error', target: { kind: 'summary' } }),
    ]);
  });

  it('treats a summary made only of citation chips as empty', () => {
    const base = buildCheckContext();
    const findings = checkCaseSummary({
      ...base,
      determination: { ...base.determination, summary: richDoc([snapshotOf(MTUS_LOW_BACK)]) },
    });
    expect(findings.map((f) => f.code)).toEqual(['SUMMARY_EMPTY']);
  });

  it('reports SUMMARY_TOO_SHORT when the summary is a one-line note', () => {
    expect(codesFor('52-year-old female, low back pain since 2016, MRI requested.')).toEqual(['SUMMARY_TOO_SHORT']);
  });

  it('stays silent on a summary in the reviewer’s own words', () => {
    expect(codesFor(OWN_WORDS_SUMMARY)).toEqual([]);
  });

  it('stays silent when a real letter’s summary quotes the UR rationale at length', () => {
    expect(shingleContainment(SAMPLE_LETTER_SUMMARY, SAMPLE_UR_LETTER).containment).toBeGreaterThan(0.3);
    expect(codesFor(SAMPLE_LETTER_SUMMARY)).toEqual([]);
  });

  it('reports SUMMARY_COPIED_FROM_UR when three quarters of the summary is the UR clinical summary', () => {
    expect(codesFor(MOSTLY_UR_SUMMARY)).toEqual(['SUMMARY_COPIED_FROM_UR']);
  });

  it('warns with SUMMARY_LARGELY_FROM_UR when over half of the summary follows the UR clinical summary', () => {
    const halfUr = `${OWN_WORDS_SUMMARY} ${MOSTLY_UR_SUMMARY.split('. ').slice(1, 6).join('. ')}.`;
    const findings = findingsFor(halfUr);
    expect(findings).toEqual([expect.objectContaining({ code: 'SUMMARY_LARGELY_FROM_UR', severity: 'warning' })]);
    expect(findings[0]?.message).toMatch(/\d+% of the clinical case summary/);
  });

  it('reports SUMMARY_COPIED_FROM_UR as an error when the summary is the UR text with a few words changed', () => {
    expect(codesFor(LIGHTLY_EDITED_UR_COPY)).toEqual(['SUMMARY_COPIED_FROM_UR']);
  });

  it('ignores case, punctuation and line breaks when comparing with the UR text', () => {
    const reformatted = LIGHTLY_EDITED_UR_COPY.toUpperCase().replace(/\. /g, '.\n').replace(/,/g, ' ;');
    expect(codesFor(reformatted)).toEqual(['SUMMARY_COPIED_FROM_UR']);
  });

  it('skips the comparison when no UR letter text is available', () => {
    expect(codesFor(LIGHTLY_EDITED_UR_COPY, null)).toEqual([]);
  });

  it('gives the same answer when the same UR text is compared again', () => {
    expect(codesFor(MOSTLY_UR_SUMMARY)).toEqual(['SUMMARY_COPIED_FROM_UR']);
    expect(codesFor(OWN_WORDS_SUMMARY)).toEqual([]);
    expect(codesFor(MOSTLY_UR_SUMMARY)).toEqual(['SUMMARY_COPIED_FROM_UR']);
  });
});
