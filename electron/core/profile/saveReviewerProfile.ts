import type { ReviewerProfile } from '../../../shared/domain';
import { recordAuditEvent } from '../audit';
import { writeSetting } from '../db';
import type { Workspace } from '../workspace';
import { PROFILE_SETTING_KEY, type StoredProfile } from './reviewerProfileSetting';

export function saveReviewerProfile(ws: Workspace, profile: ReviewerProfile): StoredProfile {
  return ws.db.transaction(() => {
    writeSetting(ws.db, PROFILE_SETTING_KEY, profile);
    recordAuditEvent(ws, {
      action: 'settings.changed',
      caseId: null,
      details: { setting: PROFILE_SETTING_KEY, reviewerId: profile.reviewerId },
    });
    return { profile, isDefault: false };
  })();
}
