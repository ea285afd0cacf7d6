import { sql } from 'kysely';
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

export interface FeedPageRows {
  epoch: string;
  floor: number;
  /** The last sequence ever issued. */
  last: number;
  rows: ChangeRow[];
}

/**
 * The feed's epoch, floor and last sequence with the reviewer's next changes, in one statement: one snapshot on
 * both engines without a transaction, and one round trip.
 */
export async function readFeedPage(
  q: Queryable,
  reviewerId: string,
  afterSeq: number,
  limit: number,
): Promise<FeedPageRows> {
  const result = await sql<{
    epoch: string;
    floor: string;
    last: string;
    seq: number | null;
    reviewerId: string;
    caseId: string;
    kind: AssignmentChangeKind;
    payloadJson: string;
    createdAt: string;
  }>`
    select m.epoch, m.floor, m.last, c.seq, c.reviewer_id as "reviewerId", c.case_id as "caseId", c.kind,
      c.payload_json as "payloadJson", c.created_at as "createdAt"
    from (
      select
        (select value from meta where key = 'feed_epoch') as "epoch",
        (select value from meta where key = 'feed_floor') as "floor",
        (select value from meta where key = 'feed_seq') as "last"
    ) as m
    left join (
      select * from changes where reviewer_id = ${reviewerId} and seq > ${afterSeq} order by seq limit ${limit}
    ) as c on 1 = 1
    order by c.seq
  `.execute(q);
  const first = result.rows[0];
  if (!first?.epoch) throw new Error('The server database has no feed_epoch; it was not created by this server.');
  return {
    epoch: first.epoch,
    floor: Number(first.floor),
    last: Number(first.last),
    rows: result.rows
      .filter((row) => row.seq !== null)
      .map(({ seq, reviewerId: owner, caseId, kind, payloadJson, createdAt }) => ({
        seq: Number(seq),
        reviewerId: owner,
        caseId,
        kind,
        payloadJson,
        createdAt,
      })),
  };
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
