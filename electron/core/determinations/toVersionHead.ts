import type { VersionHead } from '../../../shared/ipc/contracts/versionsContract';
import type { VersionHeadRow } from '../db/repositories/versionRepository';

export function toVersionHead(row: VersionHeadRow): VersionHead {
  return { id: row.id, caseId: row.case_id, createdAt: row.created_at, reason: row.reason, detail: row.detail, revision: row.revision };
}
