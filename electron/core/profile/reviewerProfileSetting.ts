import { DEMO_REVIEWER_PROFILE, reviewerProfileSchema, type ReviewerProfile } from '../../../shared/domain';
import { readSetting, type Db } from '../db';

import type { Logger } from '../log';

export const PROFILE_SETTING_KEY = 'reviewer.profile';

export interface StoredProfile {
  profile: ReviewerProfile;
  /** True until the reviewer saves their own profile: the demo reviewer stands in. */
  isDefault: boolean;
}

export function readReviewerProfile(db: Db, log: Logger): StoredProfile {
  const stored = readSetting(db, PROFILE_SETTING_KEY);
  if (stored === undefined) return { profile: DEMO_REVIEWER_PROFILE, isDefault: true };
  const parsed = reviewerProfileSchema.safeParse(stored);
  if (parsed.success) return { profile: parsed.data, isDefault: false };
  // A damaged setting must not hide the letter; the profile dialog shows the demo values to correct.
  log.warn('The stored reviewer profile no longer validates; using the demo profile');
  return { profile: DEMO_REVIEWER_PROFILE, isDefault: true };
}
