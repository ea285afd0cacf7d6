import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/ipc';
import type { ServerDb } from '../db';
import { appendChange } from '../feed';
import { findCaseByNumber, findReviewer, replaceCaseRecords, upsertCase, upsertRecord } from '../repositories';
import type { BlobInfo, BlobStorage } from '../storage';

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
export async function assignCase(
  db: ServerDb,
  storage: BlobStorage,
  reviewerId: string,
  folder: LoadedCaseFolder,
  now: Date,
): Promise<AssignResult> {
  if (!(await findReviewer(db.query, reviewerId))) {
    throw new AppError(
      'NOT_FOUND',
      `There is no reviewer ${reviewerId}. Create it first with: create-reviewer ${reviewerId}`,
    );
  }
  const stored: BlobInfo[] = [];
  for (const file of folder.files) stored.push(await storage.put(file.bytes));
  const shas = stored.map((file) => file.sha256);
  if (new Set(shas).size !== shas.length) {
    throw new AppError('BAD_FILE', 'Two documents of this case have identical content; list each record file once.');
  }
  const at = now.toISOString();
  const caseNumber = folder.caseFile.case.caseNumber;
  return db.write(async (tx): Promise<AssignResult> => {
    const existing = await findCaseByNumber(tx, caseNumber);
    const caseId = existing?.id ?? folder.caseFile.case.id ?? randomUUID();
    const detail = buildCaseDetail(caseId, folder, stored, at);
    for (const [index, file] of stored.entries()) {
      const mimeType = folder.files[index]?.mimeType ?? 'application/octet-stream';
      await upsertRecord(tx, { sha256: file.sha256, sizeBytes: file.sizeBytes, mimeType, storedAt: at });
    }
    await upsertCase(tx, { id: caseId, caseNumber, reviewerId, state: 'assigned', detail, updatedAt: at });
    await replaceCaseRecords(tx, caseId, shas);

    const previous = existing?.state === 'assigned' ? existing.reviewerId : null;
    if (previous && previous !== reviewerId) {
      await appendChange(tx, {
        reviewerId: previous,
        caseId,
        kind: 'reassigned',
        payload: { caseNumber, at, reason: 'The IMR organisation reassigned this case to another reviewer.' },
        createdAt: at,
      });
    }
    await appendChange(tx, {
      reviewerId,
      caseId,
      kind: 'assigned',
      payload: { caseNumber, at, assignment: detail },
      createdAt: at,
    });

    const outcome: AssignOutcome = !existing
      ? 'assigned'
      : existing.state === 'withdrawn'
        ? 'reinstated'
        : previous === reviewerId
          ? 'updated'
          : 'reassigned';
    return { caseId, caseNumber, outcome, previousReviewerId: previous && previous !== reviewerId ? previous : null };
  });
}
