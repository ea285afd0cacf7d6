import type { Migration } from './migration';

/**
 * Warning acknowledgments per case, the signed versions of each determination with their package on disk,
 * which version the open draft is (and what it supersedes), and the outbox the sync engine uploads from.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'signing',
  up(db) {
    db.exec(`
      create table check_acknowledgments (
        case_id text not null references cases(id) on delete cascade,
        finding_key text not null,
        acknowledged_at text not null,
        primary key (case_id, finding_key)
      );

      create table draft_lineage (
        case_id text primary key references cases(id) on delete cascade,
        version integer not null check (version >= 1),
        supersedes_version integer
      );

      create table signed_determinations (
        id integer primary key autoincrement,
        case_id text not null references cases(id) on delete cascade,
        version integer not null check (version >= 1),
        supersedes_version integer,
        package_dir text not null,
        manifest_sha256 text not null,
        letter_sha256 text not null,
        reviewer_id text not null,
        signed_at text not null,
        unique (case_id, version)
      );

      create table sync_outbox (
        id integer primary key autoincrement,
        case_id text not null references cases(id) on delete cascade,
        package_dir text not null,
        idempotency_key text not null unique,
        created_at text not null,
        uploaded_at text,
        receipt_json text
      );
      create index sync_outbox_pending on sync_outbox(uploaded_at, id);
    `);
  },
};
