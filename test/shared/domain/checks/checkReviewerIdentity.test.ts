import { describe, expect, it } from 'vitest';
import { checkReviewerIdentity } from '../../../../shared/domain/checks/rules/checkReviewerIdentity';
import { parsePersonName } from '../../../../shared/domain/checks/text/parsePersonName';
import type { CheckContext } from '../../../../shared/domain/checks/checkContext';
import { DEMO_REVIEWER_PROFILE, type ReviewerProfile } from '../../../../shared/domain/reviewerProfile';
import {
  buildCheckContext,
  GOOD_SUMMARY,
  itemDetermination,
  overturnedTherapyRationale,
  richDoc,
  withItem,
} from './buildCheckContext';

function withSummary(text: string, profile: ReviewerProfile = DEMO_REVIEWER_PROFILE): CheckContext {
  const base = buildCheckContext({ profile });
  return { ...base, determination: { ...base.determination, summary: richDoc(`${GOOD_SUMMARY} ${text}`) } };
}

function codes(ctx: CheckContext): string[] {
  return checkReviewerIdentity(ctx).map((f) => f.code);
}

describe('checkReviewerIdentity', () => {
  it('finds nothing when the letter carries no trace of the reviewer', () => {
    expect(
      checkReviewerIdentity(
        buildCheckContext({
          letterText: 'HOW THE IMR FINAL DETERMINATION WAS MADE ...',
          pdfMetadata: { Title: 'Final Determination Letter CM19-0123456', Author: 'IMRO' },
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    'Reviewed by Dana Whitfield.',
    'reviewed by DANA WHITFIELD',
    'Signed: Dana J. Whitfield',
    'Whitfield, Dana',
    'D. Whitfield reviewed the MRI.',
    'Dr. Whitfield reviewed the MRI.',
    'Dr Whitfield',
    'Whitfield, MD',
    'Whitfield M.D.',
    'Contact dwhitfield@example.invalid with questions.',
    'Contact DWhitfield@Example.Invalid with questions.',
    'License A123456.',
    'License a-123456.',
    'License A 123 456.',
  ])('reports REVIEWER_IDENTITY_IN_LETTER as an error when the summary contains "%s"', (text) => {
    const findings = checkReviewerIdentity(withSummary(text));
    expect(findings.map((f) => [f.code, f.severity, f.target])).toEqual([
      ['REVIEWER_IDENTITY_IN_LETTER', 'error', { kind: 'summary' }],
    ]);
    expect(findings[0]?.message).toContain('4610.6(f)');
  });

  it('warns with REVIEWER_SURNAME_IN_LETTER when only the surname appears', () => {
    const findings = checkReviewerIdentity(withSummary('She was seen at Whitfield Medical Group.'));
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['REVIEWER_SURNAME_IN_LETTER', 'warning']]);
    expect(findings[0]?.message).toContain('"whitfield", your surname');
  });

  it.each([
    ['Dana', 'The patient, Dana Lopez, reports pain.'],
    ['Whitfields', 'She lives near the Whitfields.'],
    ['part of a word', 'Treated at Whitfieldton clinic.'],
    ['license digits inside a longer number', 'Claim number 9A1234567.'],
  ])('stays silent on a near miss (%s)', (_label, text) => {
    expect(codes(withSummary(text))).toEqual([]);
  });

  it('does not flag a common-word surname on its own but still flags the full name', () => {
    const walker: ReviewerProfile = {
      ...DEMO_REVIEWER_PROFILE,
      name: 'Sam Walker, DO',
      email: 'sw@example.invalid',
      licenseNumber: '20A9876',
    };
    expect(codes(withSummary('She uses a walker and a cane.', walker))).toEqual([]);
    expect(codes(withSummary('Reviewed by Sam Walker.', walker))).toEqual(['REVIEWER_IDENTITY_IN_LETTER']);
    expect(codes(withSummary('Walker, DO', walker))).toEqual(['REVIEWER_IDENTITY_IN_LETTER']);
  });

  it('does not flag a short surname alone, but flags it with a title', () => {
    const li: ReviewerProfile = { ...DEMO_REVIEWER_PROFILE, name: 'Wei Li, MD', email: '', licenseNumber: '' };
    expect(codes(withSummary('Lithium (Li) levels were normal.', li))).toEqual([]);
    expect(codes(withSummary('Discussed with Dr. Li.', li))).toEqual(['REVIEWER_IDENTITY_IN_LETTER']);
  });

  it('matches names regardless of accents', () => {
    const nunez: ReviewerProfile = { ...DEMO_REVIEWER_PROFILE, name: 'José Núñez, MD' };
    expect(codes(withSummary('Reviewed by Jose Nunez.', nunez))).toEqual(['REVIEWER_IDENTITY_IN_LETTER']);
  });

  it('scans every rationale, Claims Administrator guideline and the letter text, each with its own target', () => {
    const base = buildCheckContext({ letterText: 'Expert reviewer: Dana Whitfield, MD' });
    const ctx = withItem(
      base,
      itemDetermination('item-pt', 'overturned', overturnedTherapyRationale(), 'Per Dr. Whitfield'),
    );
    expect(checkReviewerIdentity(ctx).map((f) => f.key)).toEqual([
      'REVIEWER_IDENTITY_IN_LETTER@item:item-pt:caGuideline',
      'REVIEWER_IDENTITY_IN_LETTER@letter',
    ]);
  });

  it('reports REVIEWER_IDENTITY_IN_PDF_METADATA when a PDF property names the reviewer, even by surname alone', () => {
    expect(codes(buildCheckContext({ pdfMetadata: { Author: 'Dana Whitfield' } }))).toEqual([
      'REVIEWER_IDENTITY_IN_PDF_METADATA',
    ]);
    expect(codes(buildCheckContext({ pdfMetadata: { Author: 'whitfield' } }))).toEqual([
      'REVIEWER_IDENTITY_IN_PDF_METADATA',
    ]);
    expect(codes(buildCheckContext({ pdfMetadata: { Keywords: 'G765432' } }))).toEqual([
      'REVIEWER_IDENTITY_IN_PDF_METADATA',
    ]);
  });

  it('checks nothing for empty profile fields', () => {
    const anonymous: ReviewerProfile = { ...DEMO_REVIEWER_PROFILE, name: '', email: '', licenseNumber: '' };
    expect(codes(withSummary('Dr. Whitfield, dwhitfield@example.invalid, A123456', anonymous))).toEqual([]);
  });
});

describe('parsePersonName', () => {
  it.each([
    ['Dana Whitfield, MD', ['dana'], ['whitfield']],
    ['Whitfield, Dana M.', ['dana', 'm'], ['whitfield']],
    ['Dr. Ana de la Cruz, MD, FACOEM', ['ana'], ['de', 'la', 'cruz']],
    ['de la Cruz, Ana', ['ana'], ['de', 'la', 'cruz']],
    ['Mary-Jane Garcia-Lopez DO', ['mary-jane'], ['garcia-lopez']],
    ['Whitfield', [], ['whitfield']],
  ])('parses "%s"', (name, given, surname) => {
    expect(parsePersonName(name)).toEqual({ given, surname });
  });
});
