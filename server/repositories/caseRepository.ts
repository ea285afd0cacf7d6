import type { CaseDetail } from '../../shared/domain';
import type { ServerDb } from '../db';

export type ServerCaseState = 'assigned' | 'withdrawn';

export interface ServerCaseRow {
  id: string;
  caseNumber: string;
  reviewerId: string | null;
  state: ServerCaseState;
  detail: CaseDetail;
  updatedAt: string;
}

interface RawCaseRow {
  id: string;
  caseNumber: string;
  reviewerId: string | null;
  state: ServerCaseState;
  detailJson: string;
  updatedAt: string;
}

const SELECT_CASE =
  'select id, case_number as caseNumber, reviewer_id as reviewerId, state, detail_json as detailJson, updated_at as updatedAt from cases';

function fromRaw(raw: RawCaseRow | undefined): ServerCaseRow | null {
  if (!raw) return null;
  const { detailJson, ...rest } = raw;
  return { ...rest, detail: JSON.parse(detailJson) as CaseDetail };
}

export function findCaseByNumber(db: ServerDb, caseNumber: string): ServerCaseRow | null {
  return fromRaw(db.prepare(SELECT_CASE + ' where case_number = ?').get(caseNumber) as RawCaseRow | undefined);
}

export function upsertCase(db: ServerDb, row: ServerCaseRow): void {
  db.prepare(
    `
    insert into
      cases (id, case_number, reviewer_id, state, detail_json, updated_at)
    values
      (?, ?, ?, ?, ?, ?)
    on conflict (id) do update
    set
      reviewer_id = excluded.reviewer_id,
      state = excluded.state,
      detail_json = excluded.detail_json,
      updated_at = excluded.updated_at
  `,
  ).run(row.id, row.caseNumber, row.reviewerId, row.state, JSON.stringify(row.detail), row.updatedAt);
}
