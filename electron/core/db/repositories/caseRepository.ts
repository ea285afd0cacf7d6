import {
  CASE_STATUSES,
  CLOSED_CASE_STATUSES,
  isClosedStatus,
  type CaseListView,
  type CaseRecord,
  type CaseStatus,
  type CaseSummary,
  type Priority,
} from '../../../../shared/domain';
import type { Db } from '../openDatabase';

interface CaseRow {
  id: string;
  case_number: string;
  priority: CaseRecord['priority'];
  status: CaseStatus;
  received_date: string;
  due_date: string;
  date_of_injury: string;
  ur_decision_date: string;
  application_date: string | null;
  claimant_name: string;
  claimant_age: number;
  claimant_sex: CaseRecord['claimantSex'];
  claims_administrator: string;
  requesting_physician: string;
  physician_specialty: string;
  body_parts_json: string;
  updated_at: string;
}

function toCase(row: CaseRow): CaseRecord {
  return {
    id: row.id,
    caseNumber: row.case_number,
    priority: row.priority,
    status: row.status,
    receivedDate: row.received_date,
    dueDate: row.due_date,
    dateOfInjury: row.date_of_injury,
    urDecisionDate: row.ur_decision_date,
    applicationDate: row.application_date,
    claimantName: row.claimant_name,
    claimantAge: row.claimant_age,
    claimantSex: row.claimant_sex,
    claimsAdministrator: row.claims_administrator,
    requestingPhysician: row.requesting_physician,
    physicianSpecialty: row.physician_specialty,
    bodyParts: JSON.parse(row.body_parts_json) as string[],
    updatedAt: row.updated_at,
  };
}

/** The insert every writer of a case row shares (the sync upsert adds its conflict clause). */
export const INSERT_CASE_SQL = `
    insert into
      cases (
        id,
        case_number,
        priority,
        status,
        received_date,
        due_date,
        date_of_injury,
        ur_decision_date,
        application_date,
        claimant_name,
        claimant_age,
        claimant_sex,
        claims_administrator,
        requesting_physician,
        physician_specialty,
        body_parts_json,
        updated_at
      )
    values
      (
        @id,
        @caseNumber,
        @priority,
        @status,
        @receivedDate,
        @dueDate,
        @dateOfInjury,
        @urDecisionDate,
        @applicationDate,
        @claimantName,
        @claimantAge,
        @claimantSex,
        @claimsAdministrator,
        @requestingPhysician,
        @physicianSpecialty,
        @bodyPartsJson,
        @updatedAt
      )
`;

export const caseRowParams = (c: CaseRecord) => ({ ...c, bodyPartsJson: JSON.stringify(c.bodyParts) });

export function insertCase(db: Db, c: CaseRecord): void {
  db.prepare(INSERT_CASE_SQL).run(caseRowParams(c));
}

export function findCase(db: Db, id: string): CaseRecord | null {
  const row = db.prepare('select * from cases where id = ?').get(id) as CaseRow | undefined;
  return row ? toCase(row) : null;
}

export function findCaseByNumber(db: Db, caseNumber: string): CaseRecord | null {
  const row = db.prepare('select * from cases where case_number = ?').get(caseNumber) as CaseRow | undefined;
  return row ? toCase(row) : null;
}

export function listCases(db: Db): CaseRecord[] {
  return (db.prepare('select * from cases order by due_date, case_number').all() as CaseRow[]).map(toCase);
}

export function updateCaseStatus(db: Db, id: string, status: CaseStatus, at: string): void {
  db.prepare('update cases set status = ?, updated_at = ? where id = ?').run(status, at, id);
}

export function touchCase(db: Db, id: string, at: string): void {
  db.prepare('update cases set updated_at = ? where id = ?').run(at, id);
}

/** Whether the workspace holds any case, without counting them all. */
export function hasCases(db: Db): boolean {
  return (db.prepare('select exists (select 1 from cases) as found').get() as { found: number }).found === 1;
}

export function countCases(db: Db): number {
  return (db.prepare('select count(*) as n from cases').get() as { n: number }).n;
}

export function deleteAllCases(db: Db): void {
  db.prepare('delete from cases').run();
}

export interface CaseListFilter {
  view: CaseListView;
  status?: CaseStatus | undefined;
  priority?: Priority | undefined;
}

/** The closed statuses as an SQL list, for `status in (…)`. */
export const CLOSED_STATUSES_SQL = CLOSED_CASE_STATUSES.map((s) => `'${s}'`).join(', ');
/**
 * The statuses with work left, as an SQL list. Open work is asked for by these rather than "not closed", so the
 * look-up reads only their stretch of the (archived_at, status, …) index, not every closed case's entry.
 */
const OPEN_STATUSES_SQL = CASE_STATUSES.filter((s) => !isClosedStatus(s))
  .map((s) => `'${s}'`)
  .join(', ');
const VIEW_SQL: Record<CaseListView, string> = {
  inbox: 'c.archived_at is null',
  open: `c.archived_at is null and c.status in (${OPEN_STATUSES_SQL})`,
  archived: 'c.archived_at is not null',
};

interface SummaryRow {
  id: string;
  case_number: string;
  priority: CaseSummary['priority'];
  status: CaseStatus;
  due_date: string;
  date_of_injury: string;
  claimant_name: string;
  claimant_age: number;
  claimant_sex: CaseSummary['claimantSex'];
  archived_at: string | null;
  treatments_json: string;
  decided_count: number;
}

/**
 * Inbox rows: open cases first by due date, then closed ones, most recent first; optionally one page of them.
 * The page is chosen on the cases alone (the order needs no other table), then each chosen case's treatments and
 * decided count come from its own rows through the (case_id, ...) indexes: a page costs what it holds, not the list.
 */
export function listCaseSummaryRows(
  db: Db,
  filter: CaseListFilter,
  page?: { offset: number; limit: number },
): CaseSummary[] {
  const rows = db
    .prepare(
      `
    with
      chosen as (
        select
          c.id,
          row_number() over (
            order by
              c.status in (${CLOSED_STATUSES_SQL}),
              case when c.status in (${CLOSED_STATUSES_SQL}) then null else c.due_date end,
              c.due_date desc,
              c.case_number
          ) as n
        from
          cases c
        where
          ${VIEW_SQL[filter.view]}
          and (@status is null or c.status = @status)
          and (@priority is null or c.priority = @priority)
        order by
          n
        limit @limit offset @offset
      )
    select
      c.id,
      c.case_number,
      c.priority,
      c.status,
      c.due_date,
      c.date_of_injury,
      c.claimant_name,
      c.claimant_age,
      c.claimant_sex,
      c.archived_at,
      (
        select json_group_array(i.requested_treatment order by i.position)
        from disputed_items i
        where i.case_id = c.id
      ) as treatments_json,
      (
        select count(*)
        from item_determinations x
        where x.case_id = c.id and x.decision != 'undecided'
      ) as decided_count
    from
      chosen
      join cases c on c.id = chosen.id
    order by
      chosen.n
  `,
    )
    .all({
      status: filter.status ?? null,
      priority: filter.priority ?? null,
      // SQLite reads a negative limit as none.
      limit: page?.limit ?? -1,
      offset: page?.offset ?? 0,
    }) as SummaryRow[];
  return rows.map((row) => {
    const treatments = JSON.parse(row.treatments_json) as string[];
    return {
      id: row.id,
      caseNumber: row.case_number,
      priority: row.priority,
      status: row.status,
      dueDate: row.due_date,
      dateOfInjury: row.date_of_injury,
      claimantName: row.claimant_name,
      claimantAge: row.claimant_age,
      claimantSex: row.claimant_sex,
      itemCount: treatments.length,
      treatments,
      decidedCount: row.decided_count,
      archivedAt: row.archived_at,
    };
  });
}

export interface CaseCounts {
  open: number;
  closed: number;
  archived: number;
}

/**
 * Counted from the indexes without reading a case row: open work by its few statuses, and the cases not archived
 * as a whole, so closed ones are the difference; a cold start reads a handful of index pages, not all of them.
 */
export function countCasesByState(db: Db): CaseCounts {
  const count = (where: string) =>
    (db.prepare(`select count(*) as n from cases where ${where}`).get() as { n: number }).n;
  const open = count(`archived_at is null and status in (${OPEN_STATUSES_SQL})`);
  return {
    open,
    closed: count('archived_at is null') - open,
    archived: count('archived_at is not null'),
  };
}
