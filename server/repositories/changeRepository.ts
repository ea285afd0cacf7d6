import type { AssignmentChangeKind } from '../../shared/sync';
import type { Queryable } from '../db';

export interface ChangeRow {
  seq: number;
  reviewerId: string;
  caseId: string;
  kind: AssignmentChangeKind;
  payloadJson: string;
  createdAt: string;
}

export async function insertChange(q: Queryable, change: ChangeRow): Promise<void> {
  await q
    .insertInto('changes')
    .values({
      seq: change.seq,
      reviewer_id: change.reviewerId,
      case_id: change.caseId,
      kind: change.kind,
      payload_json: change.payloadJson,
      created_at: change.createdAt,
    })
    .execute();
}

export async function listChangesAfter(
  q: Queryable,
  reviewerId: string,
  afterSeq: number,
  limit: number,
): Promise<ChangeRow[]> {
  return q
    .selectFrom('changes')
    .select([
      'seq',
      'reviewer_id as reviewerId',
      'case_id as caseId',
      'kind',
      'payload_json as payloadJson',
      'created_at as createdAt',
    ])
    .where('reviewer_id', '=', reviewerId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/** Removes a reviewer's earlier changes of a case: the change about to be added supersedes them. */
export async function deleteEarlierChanges(q: Queryable, reviewerId: string, caseId: string): Promise<number> {
  const result = await q
    .deleteFrom('changes')
    .where('reviewer_id', '=', reviewerId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The highest sequence created at or before a time, or 0 (what a retention window may compact up to). */
export async function lastSeqCreatedBefore(q: Queryable, iso: string): Promise<number> {
  const row = await q
    .selectFrom('changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('created_at', '<=', iso)
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/** Deletes changes at or below a sequence that a later change of the same reviewer and case supersedes, and terminal ones. */
export async function deleteCompactableChanges(q: Queryable, uptoSeq: number): Promise<number> {
  const superseded = await q
    .deleteFrom('changes')
    .where('seq', '<=', uptoSeq)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('changes as later')
          .select('later.seq')
          .whereRef('later.reviewer_id', '=', 'changes.reviewer_id')
          .whereRef('later.case_id', '=', 'changes.case_id')
          .whereRef('later.seq', '>', 'changes.seq'),
      ),
    )
    .executeTakeFirst();
  const terminal = await q
    .deleteFrom('changes')
    .where('seq', '<=', uptoSeq)
    .where('kind', 'in', ['withdrawn', 'reassigned'])
    .executeTakeFirst();
  return Number(superseded.numDeletedRows) + Number(terminal.numDeletedRows);
}
