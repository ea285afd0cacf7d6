import { AppError } from '../../shared/ipc';
import type { ServerDb } from '../db';
import { appendChange } from '../feed';
import { findCaseByNumber, upsertCase } from '../repositories';

export interface WithdrawResult {
  caseId: string;
  reviewerId: string;
}

/** Withdraws an assigned case: its reviewer's feed gets a 'withdrawn' change and its records stop being served. */
export function withdrawCase(db: ServerDb, caseNumber: string, reason: string, now: Date): Promise<WithdrawResult> {
  return db.write(async (tx): Promise<WithdrawResult> => {
    const existing = await findCaseByNumber(tx, caseNumber);
    if (!existing) throw new AppError('NOT_FOUND', `There is no case ${caseNumber} on this server.`);
    if (existing.state !== 'assigned' || !existing.reviewerId) {
      throw new AppError('CONFLICT', `Case ${caseNumber} is already withdrawn.`);
    }
    const at = now.toISOString();
    const detail = {
      ...existing.detail,
      case: { ...existing.detail.case, status: 'withdrawn' as const, updatedAt: at },
    };
    await upsertCase(tx, { ...existing, state: 'withdrawn', detail, updatedAt: at });
    await appendChange(tx, {
      reviewerId: existing.reviewerId,
      caseId: existing.id,
      kind: 'withdrawn',
      payload: { caseNumber, at, reason },
      createdAt: at,
    });
    return { caseId: existing.id, reviewerId: existing.reviewerId };
  });
}
