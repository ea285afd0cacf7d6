import type { VersionHead } from '../../../shared/ipc';
import type { VersionHeadRow } from '../db';

export function toVersionHead(row: VersionHeadRow): VersionHead {
  return {
    id: row.id,
    caseId: row.case_id,
    createdAt: row.created_at,
    reason: row.reason,
    detail: row.detail,
    revision: row.revision,
  };
}
