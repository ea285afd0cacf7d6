import type { Queryable } from '../db';
import { deleteEarlierChanges, incrementMeta, insertChange } from '../repositories';
import type { ChangePayload } from './toAssignmentChange';
import type { AssignmentChangeKind } from '../../shared/sync';

export interface NewChange {
  reviewerId: string;
  caseId: string;
  kind: AssignmentChangeKind;
  payload: ChangePayload;
  createdAt: string;
}

/**
 * Adds a change to a reviewer's feed inside the caller's write transaction and returns its sequence.
 * - The sequence comes from the feed_seq counter, whose row stays locked until commit: sequences commit in order on
 *   every instance, so a cursor can never pass a change that commits later.
 * - The reviewer's earlier changes of the same case go: the new one supersedes them, and a reviewer who lost a case
 *   keeps only "withdrawn"/"reassigned" with no case details.
 */
export async function appendChange(tx: Queryable, change: NewChange): Promise<number> {
  const seq = await incrementMeta(tx, 'feed_seq', 1);
  await deleteEarlierChanges(tx, change.reviewerId, change.caseId);
  await insertChange(tx, {
    seq,
    reviewerId: change.reviewerId,
    caseId: change.caseId,
    kind: change.kind,
    payloadJson: JSON.stringify(change.payload),
    createdAt: change.createdAt,
  });
  return seq;
}
