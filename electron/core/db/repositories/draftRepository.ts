import type { Decision } from '../../../../shared/domain';
import type { Db } from '../openDatabase';

export interface DraftRow {
  case_id: string;
  summary_json: string;
  revision: number;
  locked: number;
  updated_at: string;
}

export interface ItemDeterminationRow {
  item_id: string;
  case_id: string;
  decision: Decision;
  ca_guideline: string;
  rationale_json: string;
  /** The item's cited guidelines (JSON array of citation snapshots). */
  citations_json: string;
  updated_at: string;
}

export function findDraft(db: Db, caseId: string): DraftRow | null {
  return (
    (db.prepare('select * from determination_drafts where case_id = ?').get(caseId) as DraftRow | undefined) ?? null
  );
}

export function insertDraft(db: Db, caseId: string, summaryJson: string, at: string): void {
  db.prepare(
    `
    insert into
      determination_drafts (case_id, summary_json, revision, locked, updated_at)
    values
      (?, ?, 0, 0, ?)
  `,
  ).run(caseId, summaryJson, at);
}

export function updateDraftSummary(db: Db, caseId: string, summaryJson: string, at: string): number {
  db.prepare(
    'update determination_drafts set summary_json = ?, revision = revision + 1, updated_at = ? where case_id = ?',
  ).run(summaryJson, at, caseId);
  return bumpedRevision(db, caseId);
}

export function bumpDraftRevision(db: Db, caseId: string, at: string): number {
  db.prepare('update determination_drafts set revision = revision + 1, updated_at = ? where case_id = ?').run(
    at,
    caseId,
  );
  return bumpedRevision(db, caseId);
}

export function setDraftLocked(db: Db, caseId: string, locked: boolean, at: string): void {
  db.prepare('update determination_drafts set locked = ?, updated_at = ? where case_id = ?').run(
    locked ? 1 : 0,
    at,
    caseId,
  );
}

function bumpedRevision(db: Db, caseId: string): number {
  return (db.prepare('select revision from determination_drafts where case_id = ?').get(caseId) as { revision: number })
    .revision;
}

export function listItemDeterminations(db: Db, caseId: string): ItemDeterminationRow[] {
  return db.prepare('select * from item_determinations where case_id = ?').all(caseId) as ItemDeterminationRow[];
}

export function upsertItemDetermination(db: Db, row: ItemDeterminationRow): void {
  db.prepare(
    `
    insert into
      item_determinations (item_id, case_id, decision, ca_guideline, rationale_json, citations_json, updated_at)
    values
      (@item_id, @case_id, @decision, @ca_guideline, @rationale_json, @citations_json, @updated_at)
    on conflict (item_id) do update
    set
      decision = excluded.decision,
      ca_guideline = excluded.ca_guideline,
      rationale_json = excluded.rationale_json,
      citations_json = excluded.citations_json,
      updated_at = excluded.updated_at
  `,
  ).run(row);
}
