import { archivePolicySchema, type ArchivePolicy } from '../../../shared/ipc';
import { recordAuditEvent } from '../audit';
import { readSetting, writeSetting, type Db } from '../db';
import type { Workspace } from '../workspace';

export const ARCHIVE_POLICY_SETTING = 'archive.policy';
/** A year after a case closed; records stay searchable unless the reviewer chooses otherwise. */
export const DEFAULT_ARCHIVE_POLICY: ArchivePolicy = { retentionDays: 365, keepRecordText: true };

export function readArchivePolicy(db: Db): ArchivePolicy {
  const parsed = archivePolicySchema.safeParse(readSetting(db, ARCHIVE_POLICY_SETTING));
  return parsed.success ? parsed.data : DEFAULT_ARCHIVE_POLICY;
}

export function saveArchivePolicy(ws: Workspace, policy: ArchivePolicy): ArchivePolicy {
  return ws.db.transaction(() => {
    const from = readArchivePolicy(ws.db);
    writeSetting(ws.db, ARCHIVE_POLICY_SETTING, policy);
    recordAuditEvent(ws, {
      action: 'settings.changed',
      caseId: null,
      details: { key: ARCHIVE_POLICY_SETTING, from, to: policy },
    });
    return policy;
  })();
}
