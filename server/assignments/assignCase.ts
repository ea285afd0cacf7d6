import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/ipc';
import type { ServerDb } from '../db';
import type { ChangePayload } from '../feed';
import type { RecordStore } from '../records';
import {
  findCaseByNumber,
  findReviewer,
  insertChange,
  replaceCaseRecords,
  upsertCase,
  upsertRecord,
} from '../repositories';

import { buildCaseDetail } from './buildCaseDetail';
import type { LoadedCaseFolder } from './readCaseFolder';

export type AssignOutcome = 'assigned' | 'updated' | 'reassigned' | 'reinstated';

export interface AssignResult {
  caseId: string;
  caseNumber: string;
  outcome: AssignOutcome;
  previousReviewerId: string | null;
}

/**
 * Assigns (or re-sends) a case to a reviewer: stores its records, then in one transaction updates the case
 * and appends the feed changes: 'reassigned' for a previous reviewer, 'assigned' with the full snapshot.
 */
export function assignCase(
  db: ServerDb,
  store: RecordStore,
  reviewerId: string,
  folder: LoadedCaseFolder,
  now: Date,
): AssignResult {
  if (!findReviewer(db, reviewerId)) {
    throw new AppError(
      'NOT_FOUND',
      `There is no reviewer ${reviewerId}. Create it first with: create-reviewer ${reviewerId}`,
    );
  }
  const stored = folder.files.map((file) => store.put(file.bytes));
  const shas = stored.map((file) => file.sha256);
  if (new Set(shas).size !== shas.length) {
    throw new AppError('BAD_FILE', 'Two documents of this case have identical content; list each record file once.');
  }
  const at = now.toISOString();
  const caseNumber = folder.caseFile.case.caseNumber;
  return db.transaction((): AssignResult => {
    const existing = findCaseByNumber(db, caseNumber);
    const caseId = existing?.id ?? folder.caseFile.case.id ?? randomUUID();
    const detail = buildCaseDetail(caseId, folder, stored, at);
    stored.forEach((file, index) => {
      const mimeType = folder.files[index]?.mimeType ?? 'application/octet-stream';
      upsertRecord(db, { sha256: file.sha256, sizeBytes: file.sizeBytes, mimeType, storedAt: at });
    });
    upsertCase(db, { id: caseId, caseNumber, reviewerId, state: 'assigned', detail, updatedAt: at });
    replaceCaseRecords(db, caseId, shas);

    const previous = existing?.state === 'assigned' ? existing.reviewerId : null;
    if (previous && previous !== reviewerId) {
      const payload: ChangePayload = {
        caseNumber,
        at,
        reason: 'The IMR organisation reassigned this case to another reviewer.',
      };
      insertChange(db, {
        reviewerId: previous,
        caseId,
        kind: 'reassigned',
        payloadJson: JSON.stringify(payload),
        createdAt: at,
      });
    }
    const payload: ChangePayload = { caseNumber, at, assignment: detail };
    insertChange(db, { reviewerId, caseId, kind: 'assigned', payloadJson: JSON.stringify(payload), createdAt: at });

    const outcome: AssignOutcome = !existing
      ? 'assigned'
      : existing.state === 'withdrawn'
        ? 'reinstated'
        : previous === reviewerId
          ? 'updated'
          : 'reassigned';
    return { caseId, caseNumber, outcome, previousReviewerId: previous && previous !== reviewerId ? previous : null };
  })();
}
