import type { CaseDetail } from '../../shared/domain';
import type { Queryable } from '../db';

export type ServerCaseState = 'assigned' | 'withdrawn';

export interface ServerCaseRow {
  id: string;
  caseNumber: string;
  reviewerId: string | null;
  state: ServerCaseState;
  detail: CaseDetail;
  updatedAt: string;
}

export async function findCaseByNumber(q: Queryable, caseNumber: string): Promise<ServerCaseRow | null> {
  const raw = await q
    .selectFrom('cases')
    .select(['id', 'case_number', 'reviewer_id', 'state', 'detail_json', 'updated_at'])
    .where('case_number', '=', caseNumber)
    .executeTakeFirst();
  if (!raw) return null;
  return {
    id: raw.id,
    caseNumber: raw.case_number,
    reviewerId: raw.reviewer_id,
    state: raw.state,
    detail: JSON.parse(raw.detail_json) as CaseDetail,
    updatedAt: raw.updated_at,
  };
}

export async function upsertCase(q: Queryable, row: ServerCaseRow): Promise<void> {
  const values = {
    reviewer_id: row.reviewerId,
    state: row.state,
    detail_json: JSON.stringify(row.detail),
    updated_at: row.updatedAt,
  };
  await q
    .insertInto('cases')
    .values({ id: row.id, case_number: row.caseNumber, ...values })
    .onConflict((c) => c.column('id').doUpdateSet(values))
    .execute();
}

/** Cases currently assigned to a reviewer, with their snapshots (what a full resync must end with). */
export async function listAssignedCases(q: Queryable, reviewerId: string): Promise<ServerCaseRow[]> {
  const rows = await q
    .selectFrom('cases')
    .select(['id', 'case_number', 'reviewer_id', 'state', 'detail_json', 'updated_at'])
    .where('reviewer_id', '=', reviewerId)
    .where('state', '=', 'assigned')
    .orderBy('case_number')
    .execute();
  return rows.map((raw) => ({
    id: raw.id,
    caseNumber: raw.case_number,
    reviewerId: raw.reviewer_id,
    state: raw.state,
    detail: JSON.parse(raw.detail_json) as CaseDetail,
    updatedAt: raw.updated_at,
  }));
}
