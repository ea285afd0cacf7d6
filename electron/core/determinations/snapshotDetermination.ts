import { insertVersion, pruneIntervalVersions, type Db, type VersionReason } from '../db';

import { captureDraftContent } from './captureDraftContent';

export const MAX_INTERVAL_VERSIONS = 300;

/** Stores the draft as a version, inside the caller's transaction (status changes get theirs from a trigger). */
export function snapshotDetermination(db: Db, caseId: string, reason: VersionReason, at: string, detail = ''): number {
  const { content, revision } = captureDraftContent(db, caseId);
  const id = insertVersion(db, {
    case_id: caseId,
    created_at: at,
    reason,
    detail,
    revision,
    content_json: JSON.stringify(content),
  });
  if (reason === 'interval') pruneIntervalVersions(db, caseId, MAX_INTERVAL_VERSIONS);
  return id;
}
