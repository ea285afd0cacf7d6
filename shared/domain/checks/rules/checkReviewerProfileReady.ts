import { DEMO_REVIEWER_PROFILE, type ReviewerProfile } from '../..';
import type { CheckContext } from '../checkContext';
import type { CheckFinding } from '../checkFinding';
import { createFinding } from './createFinding';

const FIELDS: ReadonlyArray<[keyof ReviewerProfile, string]> = [
  ['reviewerId', 'reviewer ID'],
  ['name', 'name'],
  ['email', 'email'],
  ['licenseNumber', 'license number'],
  ['boardCertification', 'board certification'],
  ['specialty', 'specialty'],
];

/** Addresses that belong to no one: a profile still carrying one was never filled in. */
const PLACEHOLDER_EMAIL = /@(?:[\w-]+\.)*(?:example\.(?:com|org|net|invalid)|invalid|test|localhost)$/i;

/**
 * The signature binds the reviewer's identity: signing waits until the profile is the reviewer's own, complete and
 * free of the demo reviewer's values (the checks also use it to keep the name out of the letter).
 */
export function checkReviewerProfileReady(ctx: CheckContext): CheckFinding[] {
  const { profile } = ctx;
  const target = { kind: 'profile' } as const;
  const demo = FIELDS.filter(
    ([key]) =>
      (key === 'reviewerId' || key === 'email' || key === 'licenseNumber') &&
      String(profile[key]).trim().toLowerCase() === String(DEMO_REVIEWER_PROFILE[key]).toLowerCase(),
  ).map(([, label]) => label);
  if (PLACEHOLDER_EMAIL.test(profile.email.trim()) && !demo.includes('email')) demo.push('email');
  if (ctx.profileIsDefault === true || demo.length > 0) {
    const which = demo.length > 0 ? ` (${demo.join(', ')})` : '';
    return [
      createFinding(
        'PROFILE_DEMO_VALUES',
        target,
        `Your reviewer profile still holds the demo reviewer's details${which}. Open Profile and enter your own before signing: the signature is made in your reviewer ID.`,
      ),
    ];
  }
  const missing = FIELDS.filter(([key]) => String(profile[key]).trim() === '').map(([, label]) => label);
  if (missing.length === 0) return [];
  return [
    createFinding(
      'PROFILE_INCOMPLETE',
      target,
      `Your reviewer profile is incomplete: add your ${missing.join(', ')} in Profile before signing. The checks need them to keep your identity out of the letter.`,
    ),
  ];
}
