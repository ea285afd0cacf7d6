import type { CaseRecord, CaseStatus } from '../../../../shared/domain';
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

export function countCases(db: Db): number {
  return (db.prepare('select count(*) as n from cases').get() as { n: number }).n;
}

export function deleteAllCases(db: Db): void {
  db.prepare('delete from cases').run();
}
