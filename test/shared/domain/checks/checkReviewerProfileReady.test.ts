import { describe, expect, it } from 'vitest';
import { checkReviewerProfileReady } from '../../../../shared/domain/checks/rules/checkReviewerProfileReady';
import { DEMO_REVIEWER_PROFILE } from '../../../../shared/domain/reviewerProfile';
import { buildCheckContext, OWN_PROFILE } from './buildCheckContext';

describe('checkReviewerProfileReady', () => {
  it('finds nothing when the profile is the reviewer’s own and complete', () => {
    expect(checkReviewerProfileReady(buildCheckContext({ profileIsDefault: false }))).toEqual([]);
  });

  it('blocks signing with PROFILE_DEMO_VALUES while no profile was ever saved', () => {
    const findings = checkReviewerProfileReady(buildCheckContext({ profile: OWN_PROFILE, profileIsDefault: true }));
    expect(findings).toEqual([
      expect.objectContaining({ code: 'PROFILE_DEMO_VALUES', severity: 'error', target: { kind: 'profile' } }),
    ]);
  });

  it.each([
    ['reviewer ID', { reviewerId: DEMO_REVIEWER_PROFILE.reviewerId }],
    ['email', { email: DEMO_REVIEWER_PROFILE.email }],
    ['license number', { licenseNumber: DEMO_REVIEWER_PROFILE.licenseNumber }],
    ['email', { email: 'me@example.com' }],
  ])('names the demo %s when a saved profile still carries it', (label, change) => {
    const [finding] = checkReviewerProfileReady(buildCheckContext({ profile: { ...OWN_PROFILE, ...change } }));
    expect(finding?.code).toBe('PROFILE_DEMO_VALUES');
    expect(finding?.message).toContain(label);
  });

  it('lists the missing fields with PROFILE_INCOMPLETE when name, email or license are empty', () => {
    const [finding] = checkReviewerProfileReady(
      buildCheckContext({ profile: { ...OWN_PROFILE, name: ' ', licenseNumber: '' } }),
    );
    expect(finding).toMatchObject({ code: 'PROFILE_INCOMPLETE', severity: 'error' });
    expect(finding?.message).toContain('name, license number');
  });
});
