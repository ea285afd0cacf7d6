import { AppError } from '../../shared/ipc';
import type { ServerDb } from '../db';
import type { ChangePayload } from '../feed';
import { findCaseByNumber, insertChange, upsertCase } from '../repositories';

export interface WithdrawResult {
  caseId: string;
  reviewerId: string;
}

/** Withdraws an assigned case: its reviewer's feed gets a 'withdrawn' change and its records stop being served. */
export function withdrawCase(db: ServerDb, caseNumber: string, reason: string, now: Date): WithdrawResult {
  return db.transaction((): WithdrawResult => {
    const existing = findCaseByNumber(db, caseNumber);
    if (!existing) throw new AppError('NOT_FOUND', `There is no case ${caseNumber} on this server.`);
    if (existing.state !== 'assigned' || !existing.reviewerId) {
      throw new AppError('CONFLICT', `Case ${caseNumber} is already withdrawn.`);
    }
    const at = now.toISOString();
    const detail = {
      ...existing.detail,
      case: { ...existing.detail.case, status: 'withdrawn' as const, updatedAt: at },
    };
    upsertCase(db, { ...existing, state: 'withdrawn', detail, updatedAt: at });
    const payload: ChangePayload = { caseNumber, at, reason };
    insertChange(db, {
      reviewerId: existing.reviewerId,
      caseId: existing.id,
      kind: 'withdrawn',
      payloadJson: JSON.stringify(payload),
      createdAt: at,
    });
    return { caseId: existing.id, reviewerId: existing.reviewerId };
  })();
}
