import type { CaseDetail, CaseStatus } from '../../../shared/domain';
import { AppError } from '../../../shared/ipc';
import {
  deleteCase,
  deleteUnlistedItems,
  findCaseByNumber,
  findLocalCaseState,
  setCaseStatus,
  unflagCase,
  upsertSyncedCase,
  upsertSyncedDocument,
  upsertSyncedItem,
  type Db,
  type LocalCaseState,
} from '../db';

import { locationOf } from '../recordStore';

/** A case given back after it was withdrawn resumes where the reviewer's work stands. */
function reinstatedStatus(state: LocalCaseState): CaseStatus {
  if (state.hasUnsentOutbox) return 'signed';
  if (state.hasOutbox) return 'uploaded';
  return state.edited ? 'in_progress' : 'assigned';
}

/** Upserts one assigned case from its server snapshot; runs inside the caller's transaction. */
export function applyCaseSnapshot(db: Db, detail: CaseDetail): void {
  const { case: record, items, documents } = detail;
  const sameNumber = findCaseByNumber(db, record.caseNumber);
  if (sameNumber && sameNumber.id !== record.id) {
    const other = findLocalCaseState(db, sameNumber.id);
    if (other?.hasWork) {
      throw new AppError(
        'CONFLICT',
        `Case ${record.caseNumber} exists here with local work under another id than the server's. Nothing was changed; contact your IMR organisation.`,
      );
    }
    deleteCase(db, sameNumber.id);
  }
  const before = findLocalCaseState(db, record.id);
  const status: CaseStatus = !before
    ? 'assigned'
    : before.status === 'withdrawn'
      ? reinstatedStatus(before)
      : before.status;
  upsertSyncedCase(db, { ...record, status });
  if (before?.status === 'withdrawn') setCaseStatus(db, record.id, status, record.updatedAt);
  unflagCase(db, record.id);
  for (const item of items) upsertSyncedItem(db, { ...item, caseId: record.id });
  deleteUnlistedItems(
    db,
    record.id,
    items.map((i) => i.id),
  );
  for (const doc of documents) {
    upsertSyncedDocument(db, { ...doc, caseId: record.id, reviewed: false, fileLocation: locationOf(doc.sha256) });
  }
}
