import type { Migration } from './migration';

/**
 * Archiving closed cases (archived_at: when; null while the case is in the inbox), and the indexes a workspace of
 * thousands of cases needs so that listing the inbox and opening a case read only that case's rows: item decisions
 * and outbox rows by case (both were found by scanning the whole table).
 */
export const migration0012: Migration = {
  version: 12,
  name: 'archive-and-inbox-indexes',
  up(db) {
    db.exec(`
      alter table cases add column archived_at text;
      create index cases_archived on cases(archived_at, status, due_date);
      create index item_determinations_case on item_determinations(case_id, decision);
      create index sync_outbox_case on sync_outbox(case_id);
    `);
  },
};
