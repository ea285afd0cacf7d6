import type { Db } from '../../../../../electron/core/db/openDatabase';

/**
 * Plain-SQL inserts into the tables of the first schema (migration 1), with realistic values,
 * so each migration test can fill the database it is about to upgrade without the current repositories.
 */
export function insertCase(
  db: Db,
  id: string,
  fields: { caseNumber: string; priority?: string; status?: string; claimantName?: string },
): void {
  db.prepare(
    `insert into cases (id, case_number, priority, status, received_date, due_date, date_of_injury, ur_decision_date, application_date,
       claimant_name, claimant_age, claimant_sex, claims_administrator, requesting_physician, physician_specialty, body_parts_json, updated_at)
     values (?, ?, ?, ?, '2026-11-02', '2026-11-30', '2025-03-14', '2026-09-18', '2026-10-01',
       ?, 47, 'female', 'Golden State Mutual', 'Dr. Alan Reyes', 'Orthopedic Surgery', '["low back","knee"]', '2026-11-02T09:15:00.000Z')`,
  ).run(
    id,
    fields.caseNumber,
    fields.priority ?? 'standard',
    fields.status ?? 'assigned',
    fields.claimantName ?? 'Maria Delgado',
  );
}

export function insertItem(db: Db, id: string, caseId: string, position: number, requestedTreatment: string): void {
  db.prepare(
    "insert into disputed_items (id, case_id, position, requested_treatment, ur_decision, ca_guideline) values (?, ?, ?, ?, 'denied', 'MTUS Low Back Complaints')",
  ).run(id, caseId, position, requestedTreatment);
}

export function insertDocument(db: Db, id: string, caseId: string, sha256: string, title = 'Progress note'): void {
  db.prepare(
    `insert into documents (id, case_id, title, doc_type, provider, service_date, sha256, page_count, mime_type, size_bytes, file_location, reviewed, imported_at)
     values (?, ?, ?, 'progress_note', 'Bayside Spine Clinic', '2026-08-30', ?, 3, 'application/pdf', 48213, ?, 0, '2026-11-02T09:20:00.000Z')`,
  ).run(id, caseId, title, sha256, `${sha256.slice(0, 2)}/${sha256}`);
}

export const RICH_TEXT = JSON.stringify({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Guideline criteria are met.' }] }],
});

export function insertDraft(db: Db, caseId: string, revision: number): void {
  db.prepare(
    "insert into determination_drafts (case_id, summary_json, revision, locked, updated_at) values (?, ?, ?, 0, '2026-11-03T10:00:00.000Z')",
  ).run(caseId, RICH_TEXT, revision);
}

export function insertItemDetermination(
  db: Db,
  itemId: string,
  caseId: string,
  decision: 'upheld' | 'overturned',
  caGuideline: string,
): void {
  db.prepare(
    "insert into item_determinations (item_id, case_id, decision, ca_guideline, rationale_json, updated_at) values (?, ?, ?, ?, ?, '2026-11-03T10:05:00.000Z')",
  ).run(itemId, caseId, decision, caGuideline, RICH_TEXT);
}
