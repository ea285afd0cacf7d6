import type { CaseRecord, DisputedItem } from '../../../../shared/domain';
import type { Db } from '../openDatabase';
import { caseRowParams, INSERT_CASE_SQL } from './caseRepository';
import { INSERT_DOCUMENT_SQL, type StoredDocument } from './documentRepository';

export interface LocalCaseState {
  id: string;
  caseNumber: string;
  status: CaseRecord['status'];
  /** Draft edits, a signed or uploaded determination, or an outbox row: never delete such a case silently. */
  hasWork: boolean;
  /** Edits not yet signed, or a signed package not yet uploaded. */
  hasUnsyncedWork: boolean;
  edited: boolean;
  hasOutbox: boolean;
  hasUnsentOutbox: boolean;
}

interface StateRow {
  id: string;
  case_number: string;
  status: CaseRecord['status'];
  edited: number;
  outbox: number;
  unsent: number;
}

const STATE_SQL =
  'select c.id, c.case_number, c.status, ' +
  '(exists (select 1 from determination_drafts d where d.case_id = c.id and d.revision > 0) or exists (select 1 from item_determinations i where i.case_id = c.id)) as edited, ' +
  '(exists (select 1 from sync_outbox o where o.case_id = c.id)) as outbox, ' +
  '(exists (select 1 from sync_outbox o where o.case_id = c.id and o.uploaded_at is null)) as unsent ' +
  'from cases c';

const toState = (row: StateRow): LocalCaseState => {
  const drafting = row.status === 'in_progress' || row.status === 'ready_to_sign';
  const done = row.status === 'signed' || row.status === 'uploaded';
  return {
    id: row.id,
    caseNumber: row.case_number,
    status: row.status,
    hasWork: drafting || done || row.edited === 1 || row.outbox === 1,
    hasUnsyncedWork: row.unsent === 1 || ((drafting || row.edited === 1) && !done),
    edited: row.edited === 1,
    hasOutbox: row.outbox === 1,
    hasUnsentOutbox: row.unsent === 1,
  };
};

export function listLocalCaseStates(db: Db): LocalCaseState[] {
  return (db.prepare(STATE_SQL).all() as StateRow[]).map(toState);
}

export function findLocalCaseState(db: Db, caseId: string): LocalCaseState | null {
  const row = db.prepare(`${STATE_SQL} where c.id = ?`).get(caseId) as StateRow | undefined;
  return row ? toState(row) : null;
}

/** Server-owned fields only: the local status and everything the reviewer wrote stay as they are. */
export function upsertSyncedCase(db: Db, c: CaseRecord): void {
  db.prepare(
    `${INSERT_CASE_SQL}
    on conflict (id) do update
    set
      case_number = excluded.case_number,
      priority = excluded.priority,
      received_date = excluded.received_date,
      due_date = excluded.due_date,
      date_of_injury = excluded.date_of_injury,
      ur_decision_date = excluded.ur_decision_date,
      application_date = excluded.application_date,
      claimant_name = excluded.claimant_name,
      claimant_age = excluded.claimant_age,
      claimant_sex = excluded.claimant_sex,
      claims_administrator = excluded.claims_administrator,
      requesting_physician = excluded.requesting_physician,
      physician_specialty = excluded.physician_specialty,
      body_parts_json = excluded.body_parts_json,
      updated_at = excluded.updated_at
  `,
  ).run(caseRowParams(c));
}

export function upsertSyncedItem(db: Db, item: DisputedItem): void {
  db.prepare(
    `
    insert into
      disputed_items (id, case_id, position, requested_treatment, ur_decision, ca_guideline)
    values
      (@id, @caseId, @position, @requestedTreatment, @urDecision, @caGuideline)
    on conflict (id) do update
    set
      position = excluded.position,
      requested_treatment = excluded.requested_treatment,
      ur_decision = excluded.ur_decision,
      ca_guideline = excluded.ca_guideline
  `,
  ).run(item);
}

/** Items the server no longer lists go, unless the reviewer already decided or wrote about them. */
export function deleteUnlistedItems(db: Db, caseId: string, keepIds: readonly string[]): void {
  db.prepare(
    `
    delete from disputed_items
    where
      case_id = ?
      and id not in (
        select
          value
        from
          json_each(?)
      )
      and not exists (
        select
          1
        from
          item_determinations d
        where
          d.item_id = disputed_items.id
      )
  `,
  ).run(caseId, JSON.stringify(keepIds));
}

/** The reviewer's "reviewed" tick survives a re-sent case; a file already imported locally is not listed twice. */
export function upsertSyncedDocument(db: Db, doc: StoredDocument): void {
  db.prepare(
    `${INSERT_DOCUMENT_SQL}
    on conflict (id) do update
    set
      title = excluded.title,
      doc_type = excluded.doc_type,
      provider = excluded.provider,
      service_date = excluded.service_date,
      page_count = excluded.page_count,
      mime_type = excluded.mime_type
    on conflict do nothing
  `,
  ).run({ ...doc, reviewedInt: 0 });
}

export function setCaseStatus(db: Db, caseId: string, status: CaseRecord['status'], at: string): void {
  db.prepare('update cases set status = ?, updated_at = ? where id = ?').run(status, at, caseId);
}

export function deleteCase(db: Db, caseId: string): void {
  db.prepare('delete from cases where id = ?').run(caseId);
}

/** Record files the documents of live (not withdrawn) cases need, with their expected size; one row per distinct file. */
export function listDocumentFiles(db: Db): { sha256: string; sizeBytes: number }[] {
  return db
    .prepare(
      `
    select
      d.sha256,
      max(d.size_bytes) as sizeBytes
    from
      documents d
      join cases c on c.id = d.case_id
    where
      c.status != ?
    group by
      d.sha256
    order by
      d.sha256
  `,
    )
    .all('withdrawn') as {
    sha256: string;
    sizeBytes: number;
  }[];
}
