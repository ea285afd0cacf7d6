import type { CitationSnapshot } from '../../../shared/citations';
import type { Decision } from '../../../shared/domain';
import type { RichTextDoc } from '../../../shared/editor';
import { AppError } from '../../../shared/ipc';
import { recordDeterminationEdited } from '../audit';
import {
  bumpDraftRevision,
  findItem,
  listItemDeterminations,
  touchCase,
  updateCaseStatus,
  updateDraftSummary,
  upsertItemDetermination,
} from '../db';

import type { Workspace } from '../workspace';
import { loadDetermination } from './loadDetermination';
import { snapshotIfDue } from './snapshotIfDue';
import { requireCase } from '../cases';

export interface ItemChange {
  caseId: string;
  itemId: string;
  decision?: Decision | undefined;
  caGuideline?: string | undefined;
  rationale?: RichTextDoc | undefined;
  /** The item's whole citation list, in order (added, reordered or removed). */
  citations?: CitationSnapshot[] | undefined;
}

export interface SaveReceipt {
  revision: number;
  savedAt: string;
}

/** Each save is one transaction; it returns only after SQLite has committed, so an acknowledged edit survives a crash. */
export function saveItemDetermination(ws: Workspace, change: ItemChange): SaveReceipt {
  const savedAt = ws.clock.now().toISOString();
  return ws.db.transaction(() => {
    const draft = editableDraft(ws, change.caseId, savedAt);
    const item = findItem(ws.db, change.itemId);
    if (!item || item.caseId !== change.caseId)
      throw new AppError('NOT_FOUND', 'That disputed item is not part of this case.');
    const current = draft.items.find((i) => i.itemId === change.itemId);
    const existing = listItemDeterminations(ws.db, change.caseId).find((r) => r.item_id === change.itemId);
    upsertItemDetermination(ws.db, {
      item_id: change.itemId,
      case_id: change.caseId,
      decision: change.decision ?? current?.decision ?? 'undecided',
      ca_guideline: change.caGuideline ?? current?.caGuideline ?? item.caGuideline,
      rationale_json: change.rationale
        ? JSON.stringify(change.rationale)
        : (existing?.rationale_json ?? JSON.stringify(current?.rationale)),
      citations_json: change.citations
        ? JSON.stringify(change.citations)
        : (existing?.citations_json ?? JSON.stringify(current?.citations ?? [])),
      updated_at: savedAt,
    });
    const revision = bumpDraftRevision(ws.db, change.caseId, savedAt);
    snapshotIfDue(ws.db, change.caseId, savedAt);
    recordDeterminationEdited(ws, change.caseId, 'item');
    return { revision, savedAt };
  })();
}

export function saveSummary(ws: Workspace, caseId: string, summary: RichTextDoc): SaveReceipt {
  const savedAt = ws.clock.now().toISOString();
  return ws.db.transaction(() => {
    editableDraft(ws, caseId, savedAt);
    const revision = updateDraftSummary(ws.db, caseId, JSON.stringify(summary), savedAt);
    snapshotIfDue(ws.db, caseId, savedAt);
    recordDeterminationEdited(ws, caseId, 'summary');
    return { revision, savedAt };
  })();
}

function editableDraft(ws: Workspace, caseId: string, at: string) {
  const record = requireCase(ws.db, caseId);
  const draft = loadDetermination(ws.db, caseId, at);
  if (draft.locked || record.status === 'signed' || record.status === 'uploaded') {
    throw new AppError('LOCKED', `${record.caseNumber} is signed and locked. Start a new version to change it.`);
  }
  if (record.status === 'withdrawn')
    throw new AppError('LOCKED', `${record.caseNumber} was withdrawn; its draft is kept read-only.`);
  // The status change itself keeps a version (trigger in migration 0003).
  if (record.status === 'assigned') updateCaseStatus(ws.db, caseId, 'in_progress', at);
  else touchCase(ws.db, caseId, at);
  return draft;
}
