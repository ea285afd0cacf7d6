import type { Migration } from './migration';

/**
 * Archiving closed cases (archived_at: when; null while the case is in the inbox; a case that is opened again, such
 * as a new version of a signed determination, returns to the inbox by itself), and the indexes a workspace of
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

      create trigger cases_unarchive_when_reopened after update of status on cases
      when new.archived_at is not null and new.status not in ('signed', 'uploaded', 'withdrawn')
      begin
        update cases set archived_at = null where id = new.id;
      end;
    `);
  },
};
