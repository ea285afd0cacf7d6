import type { Migration } from './migration';

/**
 * Sync bookkeeping: the feed cursor and last outcome (one row), cases the server ended while they held local work,
 * and uploads the server refused for good. The upload queue itself is sync_outbox (migration 4).
 */
export const migration0005: Migration = {
  version: 5,
  name: 'sync',
  up(db) {
    db.exec(`
      create table sync_state (
        id integer primary key check (id = 1),
        cursor text,
        last_success_at text,
        last_error_code text,
        last_error_message text,
        last_error_at text
      );
      insert into sync_state (id) values (1);

      create table sync_case_flags (
        case_id text primary key references cases(id) on delete cascade,
        kind text not null check (kind in ('withdrawn', 'reassigned', 'removed')),
        reason text not null,
        flagged_at text not null
      );

      create table sync_upload_problems (
        outbox_id integer primary key references sync_outbox(id) on delete cascade,
        code text not null,
        message text not null,
        failed_at text not null
      );
    `);
  },
};
