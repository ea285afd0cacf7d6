import { findVersion, latestVersionHead, type Db } from '../db';

import { captureDraftContent } from './captureDraftContent';
import { snapshotDetermination } from './snapshotDetermination';

/** While the reviewer keeps editing, a new version every few minutes. */
export const VERSION_INTERVAL_MS = 3 * 60 * 1000;

/** Called after each save, inside its transaction: snapshots when the newest version is older than the interval and differs. */
export function snapshotIfDue(db: Db, caseId: string, at: string): number | null {
  const latest = latestVersionHead(db, caseId);
  if (latest && Date.parse(at) - Date.parse(latest.created_at) < VERSION_INTERVAL_MS) return null;
  if (latest && findVersion(db, latest.id)?.content_json === JSON.stringify(captureDraftContent(db, caseId).content))
    return null;
  return snapshotDetermination(db, caseId, 'interval', at);
}
