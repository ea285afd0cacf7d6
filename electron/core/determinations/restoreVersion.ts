import { emptyRichText } from '../../../shared/editor';
import { AppError } from '../../../shared/ipc';
import {
  findDraft,
  findVersion,
  insertDraft,
  listItems,
  touchCase,
  updateDraftSummary,
  upsertItemDetermination,
} from '../db';

import type { Workspace } from '../workspace';
import { parseStoredDoc, parseVersionContent } from './parseVersionContent';
import { snapshotDetermination } from './snapshotDetermination';
import { requireCase } from '../cases';

export interface RestoreReceipt {
  revision: number;
  savedAt: string;
  backupVersionId: number;
}

/** Replaces the draft with a version in one transaction; the draft being replaced (even a damaged one) becomes a version first. */
export function restoreVersion(ws: Workspace, caseId: string, versionId: number): RestoreReceipt {
  const at = ws.clock.now().toISOString();
  return ws.db.transaction(() => {
    const record = requireCase(ws.db, caseId);
    const row = findVersion(ws.db, versionId);
    if (!row || row.case_id !== caseId) throw new AppError('NOT_FOUND', 'That version does not belong to this case.');
    const content = parseVersionContent(row.content_json);
    const damaged =
      parseStoredDoc(content.summaryJson) === null ||
      content.items.some((i) => i.rationaleJson !== null && parseStoredDoc(i.rationaleJson) === null);
    if (damaged)
      throw new AppError(
        'DRAFT_INVALID',
        'This version is damaged too and cannot be restored. Choose an earlier version.',
      );

    if (!findDraft(ws.db, caseId)) insertDraft(ws.db, caseId, JSON.stringify(emptyRichText()), at);
    const draft = findDraft(ws.db, caseId);
    if (draft?.locked === 1 || record.status === 'signed' || record.status === 'uploaded') {
      throw new AppError('LOCKED', `${record.caseNumber} is signed and locked; a version cannot be restored into it.`);
    }
    if (record.status === 'withdrawn')
      throw new AppError('LOCKED', `${record.caseNumber} was withdrawn; its draft is kept read-only.`);

    const backupVersionId = snapshotDetermination(ws.db, caseId, 'before-restore', at, String(versionId));
    const saved = new Map(content.items.map((item) => [item.itemId, item]));
    for (const item of listItems(ws.db, caseId)) {
      const version = saved.get(item.id);
      if (!version) continue;
      upsertItemDetermination(ws.db, {
        item_id: item.id,
        case_id: caseId,
        decision: version.decision,
        ca_guideline: version.caGuideline,
        rationale_json: version.rationaleJson ?? JSON.stringify(emptyRichText()),
        citations_json: version.citationsJson ?? '[]',
        updated_at: at,
      });
    }
    const revision = updateDraftSummary(ws.db, caseId, content.summaryJson, at);
    touchCase(ws.db, caseId, at);
    return { revision, savedAt: at, backupVersionId };
  })();
}
