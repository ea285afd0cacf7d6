import type { ReviewerProfile } from '..';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];

/**
 * The reviewer-qualification statement of the sample letter, filled from the profile. Never the name, email or
 * license (Lab. Code 4610.6(f)); practice years and hours are stated as thresholds, since exact figures narrow down who reviewed.
 */
export function buildQualificationsParagraph(organisationName: string, profile: ReviewerProfile): string {
  const specialty =
    profile.specialty.trim().toLowerCase() === profile.boardCertification.trim().toLowerCase()
      ? ''
      : `, practices ${profile.specialty.trim()},`;
  return [
    `${organisationName} sent the complete case file to an expert reviewer.`,
    'He/she has no affiliation with the employer, employee, providers or the claims administrator.',
    `The expert reviewer is Board Certified in ${profile.boardCertification.trim()}${specialty} and is licensed to practice in California.`,
    `He/she has been in active clinical practice for ${practiceYears(profile.yearsInPractice)} and is currently working ${weeklyHours(profile.hoursPerWeek)} in active practice.`,
    'The expert reviewer was selected based on his/her clinical experience, education, background, and expertise in the same or similar specialties that evaluate and/or treat the medical condition and disputed items/services.',
    'He/she is familiar with governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical Review determinations.',
  ].join(' ');
}

function practiceYears(years: number): string {
  if (years > 5) return 'more than five years';
  return `${NUMBER_WORDS[years] ?? String(years)} year${years === 1 ? '' : 's'}`;
}

function weeklyHours(hours: number): string {
  return hours >= 24 ? 'at least 24 hours a week' : `${hours} hours a week`;
}
